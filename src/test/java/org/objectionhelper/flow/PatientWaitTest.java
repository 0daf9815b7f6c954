package org.objectionhelper.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.objectionhelper.basics.Language;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.time.FakeClock;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;

/** A wait for the person, minutes long on a fake clock, in microseconds. */
class PatientWaitTest {
  private final FakeClock clock = new FakeClock();
  private final StringWriter terminal = new StringWriter();
  private final PatientWait wait =
      new PatientWait(
          new Narrator(Messages.of(Language.EN), new PrintWriter(terminal, true)),
          clock.time(),
          Duration.ofMinutes(1));

  @Test
  void saysHowLongIsLeftOnceEveryProgressInterval() {
    Optional<String> loggedIn =
        wait.until("login.still.waiting", Duration.ofMinutes(3), Optional::empty);

    assertEquals(Optional.empty(), loggedIn);
    assertEquals(Duration.ofMinutes(3), clock.elapsed());
    assertEquals(
        List.of(
            "Still waiting for you to log in (1:59 min left) ...",
            "Still waiting for you to log in (0:59 min left) ..."),
        terminal.toString().lines().toList());
  }

  @Test
  void aPageChangingUnderTheProbeIsNoAnswerYet() {
    int[] probes = {0};

    Optional<String> form =
        wait.until(
            "login.still.waiting",
            Duration.ofMinutes(3),
            () -> {
              if (probes[0]++ < 2) {
                throw new StaleElementReferenceException("the page is changing");
              }
              return Optional.of("form");
            });

    assertEquals(Optional.of("form"), form);
    assertEquals(Duration.ofMillis(500), clock.elapsed());
    assertEquals("", terminal.toString());
  }

  @Test
  void aNodeOfAReplacedPageIsNoAnswerYetButABrowserThatStoppedEndsTheWait() {
    int[] probes = {0};

    Optional<String> form =
        wait.until(
            "login.still.waiting",
            Duration.ofMinutes(3),
            () -> {
              if (probes[0]++ < 1) {
                throw new WebDriverException(
                    "unknown error: unhandled inspector error: {\"code\":-32000,\"message\":"
                        + "\"Node with given id does not belong to the document\"}");
              }
              return Optional.of("form");
            });

    assertEquals(Optional.of("form"), form);
    assertThrows(
        WebDriverException.class,
        () ->
            wait.until(
                "login.still.waiting",
                Duration.ofMinutes(3),
                () -> {
                  throw new WebDriverException("chrome not reachable");
                }));
  }
}
