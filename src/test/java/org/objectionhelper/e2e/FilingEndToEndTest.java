package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.EvidenceVerifier;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.evidence.Run;
import org.objectionhelper.evidence.SentBy;
import org.objectionhelper.evidence.WebArchive;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.Submission;
import org.openqa.selenium.JavascriptExecutor;

/** The whole flow in a real headless Chromium against the replica of Meta's forms. */
@Tag("browser")
class FilingEndToEndTest {
  private static final String EMAIL = "anna.beispiel@example.org";

  @TempDir Path evidence;

  static List<Arguments> platformsAndLanguages() {
    return List.of(
        Arguments.of(Platform.FACEBOOK, Language.DE),
        Arguments.of(Platform.FACEBOOK, Language.EN),
        Arguments.of(Platform.INSTAGRAM, Language.DE),
        Arguments.of(Platform.INSTAGRAM, Language.EN));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("platformsAndLanguages")
  void replicaReceivesExactlyWhatWasAskedFor(Platform platform, Language language)
      throws Exception {
    ObjectionRequest request =
        new ObjectionRequest(
            EMAIL, Optional.of("AT"), Optional.of("Aus Datenschutzgründen lehne ich das ab."));
    try (ReplicaHarness harness = new ReplicaHarness(language, evidence)) {
      Outcome outcome =
          harness.file(platform, request, ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
      Submission received = harness.replica.submissions().get(0);
      assertEquals(1, harness.replica.submissions().size());
      assertEquals(platform, received.platform());
      assertEquals(language, received.language());
      assertEquals(EMAIL, received.email());
      assertEquals("AT", received.country());
      assertEquals("Aus Datenschutzgründen lehne ich das ab.", received.reason());

      Path folder = outcome.evidence().orElseThrow();
      assertTrue(Files.size(folder.resolve("01-form-filled.png")) > 1000);
      assertTrue(Files.size(folder.resolve("02-confirmation.png")) > 1000);
      assertTrue(new EvidenceVerifier().verify(folder).isIntact());
      Manifest manifest = ManifestJson.read(folder.resolve(Manifest.FILE_NAME));
      assertTrue(manifest.run().completion().complete());
      assertEquals(EMAIL, manifest.run().enteredValues().get("email"));
      assertTrue(
          manifest
              .run()
              .confirmationText()
              .contains(language == Language.DE ? "Widerspruch" : "objection"));
      assertEquals(
          Map.of(
              "email", EMAIL,
              "country", "AT",
              "reason", "Aus Datenschutzgründen lehne ich das ab."),
          manifest.run().sentValues(),
          "read from the browser's record of the request");
      assertEquals(SentBy.PERSON, manifest.run().sentBy());
    }
  }

  @Test
  void withoutTheBrowsersRecordThePersonIsToldWhatReachesMetaIsNotChecked() throws Exception {
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      harness.networkRecord = false;

      Outcome outcome =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.of("AT"), Optional.empty()),
              ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
      assertTrue(
          harness.terminal().contains("what reaches Meta is not checked"), harness.terminal());
      Run run =
          ManifestJson.read(outcome.evidence().orElseThrow().resolve(Manifest.FILE_NAME)).run();
      assertEquals(SentBy.NOT_RECORDED, run.sentBy());
      assertEquals(null, run.sentValues());
      assertTrue(run.notes().get(Run.WEB_ARCHIVE).startsWith("not made"), run.notes().toString());
      assertFalse(Files.exists(outcome.evidence().orElseThrow().resolve(WebArchive.FILE_NAME)));
    }
  }

  @Test
  void reasonArrivesVerbatimAndIsNeverInjectedAsMarkup() {
    String reason =
        "Größe, Übermaß & Straße 🙅‍♀️🤖\nZweite Zeile\n\n<script>window.injected=1</script>"
            + "<b id=\"injected\">fett</b> \" ' &amp; </textarea>";
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, evidence)) {
      Outcome outcome =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.empty(), Optional.of(reason)),
              ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
      assertEquals(reason, harness.replica.submissions().get(0).reason());
      JavascriptExecutor page = (JavascriptExecutor) harness.browser.driver();
      assertEquals(Boolean.TRUE, page.executeScript("return window.injected === undefined"));
      assertEquals(
          Boolean.TRUE, page.executeScript("return document.getElementById('injected') === null"));
    }
  }

  @Test
  void waitsAtTheLoginGateUntilThePersonLogsInAndThenReturnsToTheForm() {
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      harness.progressEvery = Duration.ofMillis(500);
      ReplicaPerson person =
          ReplicaPerson.prompt(harness.replica.origin(), EMAIL)
              .loggingInAfter(Duration.ofSeconds(2));
      Instant start = Instant.now();

      Outcome outcome =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.empty(), Optional.empty()),
              person);

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
      assertTrue(Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(2)) >= 0);
      String terminal = harness.terminal();
      assertTrue(terminal.contains("Please log in to Facebook"), terminal);
      assertTrue(terminal.contains("Still waiting for you to log in"), terminal);
      // The Facebook replica lands the person on the feed after login, as Meta often does.
      assertTrue(terminal.contains("Going back to the objection form"), terminal);
      assertEquals(1, harness.replica.submissions().size());
    }
  }

  @Test
  void sendsNothingWhenNobodyClicksSend() throws Exception {
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, evidence)) {
      harness.reviewTimeout = Duration.ofSeconds(2);
      ReplicaPerson person = ReplicaPerson.prompt(harness.replica.origin(), EMAIL).neverSending();

      Outcome outcome =
          harness.file(
              Platform.INSTAGRAM,
              new ObjectionRequest(EMAIL, Optional.of("DE"), Optional.empty()),
              person);

      assertEquals(ExitCode.NOT_SENT, outcome.exitCode());
      assertEquals(0, person.sendClicks());
      assertTrue(harness.replica.submissions().isEmpty());
      Path folder = outcome.evidence().orElseThrow();
      Manifest manifest = ManifestJson.read(folder.resolve(Manifest.FILE_NAME));
      assertFalse(manifest.run().completion().complete());
      assertTrue(new EvidenceVerifier().verify(folder).isIntact());
      assertTrue(harness.terminal().contains("Nichts wurde gesendet"), harness.terminal());
    }
  }

  @Test
  void keepsTheAccountsPrefilledAddressAndSaysSoWhenThePersonGaveAnother() {
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      ReplicaPerson person = ReplicaPerson.prompt(harness.replica.origin(), "account@example.org");

      Outcome outcome =
          harness.file(
              Platform.INSTAGRAM,
              new ObjectionRequest(EMAIL, Optional.empty(), Optional.empty()),
              person);

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
      assertEquals("account@example.org", harness.replica.submissions().get(0).email());
      assertTrue(harness.terminal().contains("differs from the one you gave"), harness.terminal());
    }
  }

  @Test
  void givesUpAtTheLoginGateAfterTheLoginTimeout() {
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      harness.loginTimeout = Duration.ofSeconds(1);

      Outcome outcome =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.empty(), Optional.empty()),
              org.objectionhelper.flow.Person.AT_THE_BROWSER);

      assertEquals(ExitCode.LOGIN_TIMEOUT, outcome.exitCode());
      assertTrue(outcome.evidence().isEmpty());
      assertTrue(harness.replica.submissions().isEmpty());
    }
  }
}
