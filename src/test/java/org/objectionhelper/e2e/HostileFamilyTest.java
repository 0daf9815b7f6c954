package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.Bundle;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.evidence.Run;
import org.objectionhelper.evidence.SentBy;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.replica.Hostility;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.ReplicaSite;
import org.objectionhelper.replica.Submission;

/**
 * Each hostile page of the replica, driven end to end in a real headless Chromium: what Meta
 * received (the replica's record) is what the manifest's {@code sentValues} say, and nothing the
 * page can do makes the tool say "confirmed" where the person's objection did not arrive as they
 * reviewed it. SECURITY.md, "What we tried", lists the same cases.
 */
@Tag("browser")
class HostileFamilyTest {
  private static final String EMAIL = "anna.beispiel@example.org";

  @TempDir Path evidence;

  static List<Arguments> attacks() {
    return List.of(
        Arguments.of(Hostility.REWRITES_IN_CAPTURE_PHASE, true, ExitCode.SENT_OTHER_VALUES),
        Arguments.of(Hostility.REWRITES_BEFORE_THE_REQUEST, true, ExitCode.SENT_OTHER_VALUES),
        Arguments.of(Hostility.SWAPS_THE_REQUEST_BODY, true, ExitCode.SENT_OTHER_VALUES),
        Arguments.of(Hostility.REPLACES_THE_FIELD_BY_A_CLONE, true, ExitCode.SENT_OTHER_VALUES),
        Arguments.of(
            Hostility.ADDS_A_HIDDEN_FIELD_OF_THE_SAME_NAME, true, ExitCode.SENT_OTHER_VALUES),
        Arguments.of(Hostility.SHOWS_A_CONFIRMATION_BEFORE_SEND, false, ExitCode.NOT_SENT),
        Arguments.of(Hostility.CONFIRMS_WITHOUT_SENDING, true, ExitCode.NOT_SENT),
        Arguments.of(Hostility.CONFIRMS_ON_ANOTHER_HOST, true, ExitCode.SENT_UNCONFIRMED),
        Arguments.of(Hostility.CONFIRMS_WITH_AN_ERROR, true, ExitCode.SENT_UNCONFIRMED),
        Arguments.of(Hostility.CLICKS_ITS_OWN_SEND, false, ExitCode.SENT_BY_PAGE),
        Arguments.of(Hostility.SUBMITS_ITSELF, false, ExitCode.SENT_BY_PAGE),
        Arguments.of(Hostility.POSTS_AT_LOAD, true, ExitCode.SENT_BY_PAGE),
        Arguments.of(Hostility.BREAKS_SESSION_STORAGE, true, ExitCode.OK));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void whatMetaReceivedIsWhatTheProofSaysAndNothingFakeIsConfirmed(
      Hostility attack, boolean personSends, ExitCode expected) throws Exception {
    try (ReplicaHarness harness =
        new ReplicaHarness(
            Language.EN, evidence, ReplicaSite.Options.defaults().withHostility(attack))) {
      harness.reviewTimeout = Duration.ofSeconds(12);
      harness.findTimeout = Duration.ofSeconds(4);
      ReplicaPerson person = ReplicaPerson.prompt(harness.replica.origin(), "anna");
      person = personSends ? person.sendingAfter(Duration.ofSeconds(1)) : person.neverSending();

      Outcome outcome =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.of("AT"), Optional.of("Ich widerspreche.")),
              person);

      assertEquals(expected, outcome.exitCode(), outcome.message() + "\n" + harness.terminal());
      List<Submission> received = harness.replica.submissions();
      Optional<Run> run = recordedRun(outcome);
      if (received.isEmpty()) {
        assertTrue(
            run.map(recorded -> !recorded.completion().complete()).orElse(true),
            "nothing was sent, yet the proof is complete");
        return;
      }
      assertTrue(run.isPresent(), "something was sent, and no manifest says what");
      String sentEmail = run.get().sentValues().get("email");
      for (Submission submission : received) {
        assertEquals(String.join(" | ", submission.emailsSent()), sentEmail);
      }
      if (expected != ExitCode.OK && expected != ExitCode.SENT_OTHER_VALUES) {
        assertFalse(
            run.get().completion().complete(),
            "a doubtful send is never a complete proof of a confirmed objection");
      }
      if (expected == ExitCode.SENT_BY_PAGE) {
        assertEquals(SentBy.PAGE_ITSELF, run.get().sentBy());
      }
      if (expected == ExitCode.SENT_OTHER_VALUES) {
        assertEquals("email", run.get().notes().get(Run.SENT_OTHER_VALUES));
        assertTrue(
            harness.terminal().contains("Careful: Meta received \"" + sentEmail + "\""),
            harness.terminal());
        String receipt = Files.readString(outcome.evidence().orElseThrow().resolve(Bundle.RECEIPT));
        assertTrue(receipt.contains("E-mail address sent to Meta"), receipt);
      }
    }
  }

  private static Optional<Run> recordedRun(Outcome outcome) throws Exception {
    if (outcome.evidence().isEmpty()) {
      return Optional.empty();
    }
    Path manifest = outcome.evidence().get().resolve(Manifest.FILE_NAME);
    return Files.exists(manifest)
        ? Optional.of(ManifestJson.read(manifest).run())
        : Optional.empty();
  }
}
