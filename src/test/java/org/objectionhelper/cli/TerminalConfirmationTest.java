package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.e2e.ReplicaHarness;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.Language;
import org.objectionhelper.profile.Platform;

/** With --confirm-in-terminal, only the typed confirmation word makes the tool click Send. */
class TerminalConfirmationTest {
  private static final String EMAIL = "anna.beispiel@example.org";
  @TempDir Path evidence;

  /** Logs in on the replica like a person, then answers the review in the terminal only. */
  private static Person loggingInThenTyping(ReplicaHarness harness, String typed, StringWriter terminal) {
    Narrator narrator = new Narrator(Messages.of(Language.DE), new PrintWriter(terminal, true));
    Person confirmation = new TerminalConfirmation(new BufferedReader(new StringReader(typed)), narrator);
    return harness.loggingInThen(EMAIL, confirmation::duringReview);
  }

  @Test
  void sendsOnlyAfterTheConfirmationWordIsTyped() {
    StringWriter terminal = new StringWriter();
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, evidence)) {
      Outcome outcome =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.empty(), Optional.empty()),
              loggingInThenTyping(harness, "ja\nsenden\n", terminal));

      assertEquals(ExitCode.SENT, outcome.exitCode(), outcome.message());
      assertEquals(1, harness.replica.submissions().size());
      assertTrue(terminal.toString().contains("Nicht gesendet. Tippe „senden“"), terminal.toString());
    }
  }

  @Test
  void sendsNothingWhenSomethingElseIsTyped() {
    StringWriter terminal = new StringWriter();
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, evidence)) {
      harness.reviewTimeout = Duration.ofSeconds(2);

      Outcome outcome =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.empty(), Optional.empty()),
              loggingInThenTyping(harness, "ja\nok\n", terminal));

      assertEquals(ExitCode.NOT_SENT, outcome.exitCode());
      assertTrue(harness.replica.submissions().isEmpty());
    }
  }
}
