package org.objectionhelper.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.objectionhelper.basics.Language;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.time.FakeClock;

/**
 * What a person reads while the tool waits: no negative time left, one minute is a minute, and a
 * few seconds are seconds.
 */
class WaitingWordsTest {

  @Test
  void oneMinuteIsAMinuteInBothLanguages() {
    loginTimeoutStarts(Language.EN, Duration.ofSeconds(90), "Nobody logged in within 1 minute.");
    loginTimeoutStarts(Language.EN, Duration.ofMinutes(10), "Nobody logged in within 10 minutes.");
    loginTimeoutStarts(Language.DE, Duration.ofMinutes(1), "Innerhalb von 1 Minute hat");
    loginTimeoutStarts(Language.DE, Duration.ofMinutes(3), "Innerhalb von 3 Minuten hat");
  }

  @Test
  void aWaitUnderAMinuteIsSaidInSecondsInBothLanguages() {
    loginTimeoutStarts(Language.EN, Duration.ofSeconds(5), "Nobody logged in within 5 seconds.");
    loginTimeoutStarts(Language.EN, Duration.ofMillis(300), "Nobody logged in within 1 second.");
    loginTimeoutStarts(Language.DE, Duration.ofSeconds(5), "Innerhalb von 5 Sekunden hat");
    loginTimeoutStarts(Language.DE, Duration.ofSeconds(1), "Innerhalb von 1 Sekunde hat");
  }

  private static void loginTimeoutStarts(Language language, Duration timeout, String expected) {
    String said = Messages.of(language).text("abort.login.timeout", timeout);
    assertTrue(said.startsWith(expected), said);
  }

  @Test
  void timeLeftNeverReadsBelowZero() {
    StringWriter terminal = new StringWriter();
    Narrator narrator = new Narrator(Messages.of(Language.EN), new PrintWriter(terminal, true));
    // A probe that takes a minute: the notice is written after the wait's end.
    FakeClock clock = new FakeClock();

    new PatientWait(narrator, clock.time(), Duration.ZERO)
        .until(
            "login.still.waiting",
            Duration.ofMillis(300),
            () -> {
              clock.advance(Duration.ofSeconds(61));
              return Optional.empty();
            });

    assertTrue(terminal.toString().contains("(0:00 min left)"), terminal.toString());
    assertFalse(terminal.toString().contains("-"), terminal.toString());
    assertEquals(
        terminal.toString().lines().count(), terminal.toString().split("0:00 min left").length - 1);
  }
}
