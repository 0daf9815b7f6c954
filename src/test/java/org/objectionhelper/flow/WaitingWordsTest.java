package org.objectionhelper.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.Language;

/** What a person reads while the tool waits: no negative time left, and one minute is a minute. */
class WaitingWordsTest {

  @Test
  void oneMinuteIsAMinuteInBothLanguages() {
    assertTrue(
        Messages.of(Language.EN)
            .text("abort.login.timeout", 1L)
            .startsWith("Nobody logged in within 1 minute."));
    assertTrue(
        Messages.of(Language.EN)
            .text("abort.login.timeout", 10L)
            .startsWith("Nobody logged in within 10 minutes."));
    assertTrue(
        Messages.of(Language.DE)
            .text("abort.login.timeout", 1L)
            .startsWith("Innerhalb von 1 Minute hat"));
    assertTrue(
        Messages.of(Language.DE)
            .text("abort.login.timeout", 3L)
            .startsWith("Innerhalb von 3 Minuten hat"));
  }

  @Test
  void timeLeftNeverReadsBelowZero() {
    StringWriter terminal = new StringWriter();
    Narrator narrator = new Narrator(Messages.of(Language.EN), new PrintWriter(terminal, true));
    // A clock that has run past the wait's end by the time the notice is written.
    Instant start = Instant.parse("2026-11-29T08:00:00Z");
    Clock late =
        new Clock() {
          private int reads;

          @Override
          public Instant instant() {
            return reads++ == 0 ? start : start.plusSeconds(61);
          }

          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }
        };

    new PatientWait(narrator, late, Duration.ZERO)
        .until("login.still.waiting", Duration.ofMillis(300), Optional::empty);

    assertTrue(terminal.toString().contains("(0:00 min left)"), terminal.toString());
    assertFalse(terminal.toString().contains("-"), terminal.toString());
    assertEquals(
        terminal.toString().lines().count(), terminal.toString().split("0:00 min left").length - 1);
  }
}
