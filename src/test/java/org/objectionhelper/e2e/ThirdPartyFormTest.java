package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.EvidenceFile;
import org.objectionhelper.evidence.EvidenceVerifier;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.evidence.Sha256;
import org.objectionhelper.flow.Attachment;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.replica.DataSubjectRequest;
import org.objectionhelper.replica.ReplicaPerson;

/**
 * The third-party-data form in a real headless Chromium against the replica: the question before
 * the form, the upload, and the code the replica "e-mails" to its mailbox page.
 */
@Tag("browser")
class ThirdPartyFormTest {
  private static final String EMAIL = "erika.muster@example.org";
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3, 0, (byte) 0xff
  };

  @TempDir Path scratch;

  private ObjectionRequest request() throws Exception {
    Path screenshot = Files.write(scratch.resolve("antwort.png"), PNG);
    Attachment attachment = new Attachment(screenshot, Sha256.of(PNG), PNG.length);
    return new ObjectionRequest(
        EMAIL,
        Optional.of("AT"),
        Optional.empty(),
        Optional.of("Erika Muster"),
        Optional.of("Wo wohnt Erika Muster?\n\nWas arbeitet Erika Muster?"),
        List.of(attachment),
        "the test's stand-in person, on the replica");
  }

  @Test
  void filesWithTheUploadAndTheEmailCodeAndKeepsTheFilesHashInTheManifest() throws Exception {
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, scratch.resolve("evidence"))) {
      Outcome outcome =
          harness.file(
              Platform.THIRD_PARTY,
              request(),
              ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message() + harness.terminal());
      List<DataSubjectRequest> received = harness.replica.dataSubjectRequests();
      assertEquals(1, received.size());
      DataSubjectRequest sent = received.get(0);
      assertEquals(Language.DE, sent.language());
      assertEquals("Erika Muster", sent.name());
      assertEquals(EMAIL, sent.email());
      assertEquals("AT", sent.country());
      assertEquals(
          "Wo wohnt Erika Muster?\n\nWas arbeitet Erika Muster?",
          sent.prompt().replace("\r\n", "\n"));
      assertEquals(1, sent.uploads().size());
      assertEquals("antwort.png", sent.uploads().get(0).fileName());
      assertArrayEquals(PNG, sent.uploads().get(0).content());
      assertEquals(0, sent.wrongCodes());

      Path folder = outcome.evidence().orElseThrow();
      Manifest manifest = ManifestJson.read(folder.resolve(Manifest.FILE_NAME));
      assertEquals(
          List.of(new EvidenceFile("antwort.png", Sha256.of(PNG), PNG.length)),
          manifest.run().attachments());
      assertEquals("antwort.png", manifest.run().enteredValues().get("attachment"));
      assertTrue(manifest.run().confirmationText().contains("Anfrage erhalten"));
      assertTrue(new EvidenceVerifier().verify(folder).isIntact());
      String terminal = harness.terminal();
      assertTrue(terminal.contains("stellt vor dem Formular eine Frage"), terminal);
      assertTrue(terminal.contains("einen Code per E-Mail geschickt"), terminal);
    }
  }

  @Test
  void reportsAWrongCodeAndGoesOnOnceTheRightOneIsTyped() throws Exception {
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, scratch.resolve("evidence"))) {
      ReplicaPerson person =
          ReplicaPerson.prompt(harness.replica.origin(), EMAIL).typingAWrongCodeFirst();

      Outcome outcome = harness.file(Platform.THIRD_PARTY, request(), person);

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message() + harness.terminal());
      assertEquals(2, person.codesTyped());
      assertEquals(1, harness.replica.dataSubjectRequests().get(0).wrongCodes());
      String terminal = harness.terminal();
      assertEquals(1, terminal.split("The code was not accepted", -1).length - 1, terminal);
      assertTrue(
          terminal.contains("We have received your request") || terminal.contains("confirmed"),
          terminal);
    }
  }

  @Test
  void stopsWithNothingSentWhenNobodyDoesTheStepInTime() throws Exception {
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, scratch.resolve("evidence"))) {
      harness.reviewTimeout = Duration.ofSeconds(2);

      Outcome outcome = harness.file(Platform.THIRD_PARTY, request(), Person.AT_THE_BROWSER);

      assertEquals(ExitCode.NOT_SENT, outcome.exitCode());
      assertTrue(outcome.message().contains("was not done within"), outcome.message());
      assertTrue(harness.replica.dataSubjectRequests().isEmpty());
      assertTrue(
          harness.terminal().contains("asks a question before the form"), harness.terminal());
    }
  }
}
