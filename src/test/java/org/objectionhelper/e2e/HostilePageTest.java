package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.evidence.Run;
import org.objectionhelper.evidence.SentBy;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.replica.Quirk;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.ReplicaSite;

/**
 * A page whose script changes a field after the tool filled it: what was sent is what the proof
 * says.
 */
@Tag("browser")
class HostilePageTest {
  private static final String EMAIL = "anna.beispiel@example.org";

  @TempDir Path evidence;

  @Test
  void aFieldThePageChangesAfterFillingIsShownAtReviewAndMetaReceivingItEndsTheRunWithItsCode()
      throws Exception {
    ReplicaSite.Options hostile =
        ReplicaSite.Options.defaults().withQuirks(Quirk.CHANGES_EMAIL_AFTER_FILL);
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence, hostile)) {
      // Another account than the one logged in, so that the tool types the address (an empty
      // field).
      ReplicaPerson person =
          ReplicaPerson.prompt(harness.replica.origin(), "anna")
              .sendingAfter(Duration.ofSeconds(3));

      Outcome outcome =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.of("AT"), Optional.empty()),
              person);

      assertEquals(
          ExitCode.SENT_OTHER_VALUES, outcome.exitCode(), outcome.message() + harness.terminal());
      assertEquals(Quirk.CHANGED_EMAIL, harness.replica.submissions().get(0).email());
      assertTrue(
          harness
              .terminal()
              .contains("Careful: the field \"email\" now holds \"" + Quirk.CHANGED_EMAIL + "\""),
          harness.terminal());
      assertTrue(
          harness
              .terminal()
              .contains("Careful: Meta received \"" + Quirk.CHANGED_EMAIL + "\" in the field"),
          harness.terminal());
      Manifest manifest =
          ManifestJson.read(outcome.evidence().orElseThrow().resolve(Manifest.FILE_NAME));
      assertEquals(Quirk.CHANGED_EMAIL, manifest.run().sentValues().get("email"));
      assertEquals(SentBy.PERSON, manifest.run().sentBy());
      assertEquals("email", manifest.run().notes().get(Run.SENT_OTHER_VALUES));
      assertEquals(Quirk.CHANGED_EMAIL, manifest.run().enteredValues().get("email"));
      assertTrue(
          manifest.run().notes().get("changedAfterFill").contains("email"),
          manifest.run().notes().toString());
      assertNotNull(manifest.run().submitted());
      assertTrue(
          manifest
              .run()
              .submitted()
              .utc()
              .isBefore(manifest.run().confirmed().utc().plusMillis(1)));
    }
  }
}
