package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.e2e.ReplicaHarness;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.i18n.Messages;

/** With --confirm-in-terminal, only the typed confirmation word makes the tool click Send. */
@Tag("browser")
class TerminalConfirmationTest {
  private static final String EMAIL = "anna.beispiel@example.org";
  @TempDir Path evidence;

  /**
   * Logs in on the replica like a person, then answers the review in the terminal only: {@code
   * typedAhead} before the prompt appears, {@code typed} once it has.
   */
  private static Person loggingInThenTyping(
      ReplicaHarness harness, String typedAhead, String typed, StringWriter terminal)
      throws IOException {
    Narrator narrator = new Narrator(Messages.of(Language.DE), new PrintWriter(terminal, true));
    PipedOutputStream keyboard = new PipedOutputStream();
    Person confirmation =
        new TerminalConfirmation(new PipedInputStream(keyboard), StandardCharsets.UTF_8, narrator);
    keyboard.write(typedAhead.getBytes(StandardCharsets.UTF_8));
    boolean[] prompted = {false};
    return harness.loggingInThen(
        EMAIL,
        page -> {
          confirmation.duringReview(page);
          if (!prompted[0]) {
            prompted[0] = true;
            try {
              keyboard.write(typed.getBytes(StandardCharsets.UTF_8));
              keyboard.flush();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
  }

  @Test
  void sendsOnlyAfterTheConfirmationWordIsTyped() throws IOException {
    StringWriter terminal = new StringWriter();
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, evidence)) {
      Outcome outcome =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.empty(), Optional.empty()),
              loggingInThenTyping(harness, "", "ja\nsenden\n", terminal));

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
      assertEquals(1, harness.replica.submissions().size());
      assertTrue(
          terminal.toString().contains("Nicht gesendet. Tippe „senden“"), terminal.toString());
    }
  }

  /**
   * Another word after the prompt; or the word typed before the prompt appeared ({@code echo senden
   * | objection file ... --confirm-in-terminal}), when nobody had reviewed anything yet.
   */
  @ParameterizedTest(name = "typed ahead ''{0}'', after the prompt ''{1}'' (| is Enter)")
  @CsvSource({"'', ja|ok|", "senden|, ''"})
  void sendsNothingOnAnotherWordOrOnTheWordTypedBeforeThePrompt(String typedAhead, String typed)
      throws IOException {
    StringWriter terminal = new StringWriter();
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, evidence)) {
      harness.reviewTimeout = Duration.ofSeconds(3);

      Outcome outcome =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.empty(), Optional.empty()),
              loggingInThenTyping(
                  harness, typedAhead.replace('|', '\n'), typed.replace('|', '\n'), terminal));

      assertEquals(ExitCode.NOT_SENT, outcome.exitCode(), outcome.message());
      assertTrue(
          harness.replica.submissions().isEmpty(),
          "sent without the word typed after the review prompt");
    }
  }
}
