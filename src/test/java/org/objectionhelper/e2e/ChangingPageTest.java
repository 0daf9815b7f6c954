package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.EvidenceVerifier;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.Locator;
import org.objectionhelper.replica.Quirk;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.ReplicaSite;
import org.objectionhelper.replica.Submission;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Meta changes its page without notice: the bundled profiles still find the form a person could
 * use.
 */
@Tag("browser")
class ChangingPageTest {
  private static final String EMAIL = "anna.beispiel@example.org";
  private static final ObjectionRequest REQUEST =
      new ObjectionRequest(EMAIL, Optional.of("AT"), Optional.of("Ich widerspreche der Nutzung."));

  @TempDir Path evidence;

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of(Language.EN, List.of(Quirk.RENAMED_FIELDS)),
        Arguments.of(Language.DE, List.of(Quirk.REWORDED_LABELS)),
        Arguments.of(Language.EN, List.of(Quirk.REORDERED)),
        Arguments.of(
            Language.DE, List.of(Quirk.RENAMED_FIELDS, Quirk.REWORDED_LABELS, Quirk.REORDERED)),
        Arguments.of(Language.EN, List.of(Quirk.IN_IFRAME)),
        Arguments.of(Language.DE, List.of(Quirk.SLOW)),
        Arguments.of(
            Language.EN,
            List.of(Quirk.IN_IFRAME, Quirk.SLOW, Quirk.RENAMED_FIELDS, Quirk.REWORDED_LABELS)));
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("variants")
  void bundledProfileFillsAndSendsEveryVariantAPersonCouldStillUse(
      Language language, List<Quirk> quirks) {
    try (ReplicaHarness harness = new ReplicaHarness(language, evidence, options(quirks))) {
      Outcome outcome =
          harness.file(
              Platform.FACEBOOK, REQUEST, ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message() + harness.terminal());
      Submission received = harness.replica.submissions().get(0);
      assertEquals(EMAIL, received.email());
      assertEquals("AT", received.country());
      assertEquals("Ich widerspreche der Nutzung.", received.reason());
      JavascriptExecutor page = (JavascriptExecutor) harness.browser.driver();
      harness.browser.driver().switchTo().defaultContent();
      assertEquals(
          0L,
          page.executeScript(
              "return document.querySelectorAll('[data-objection-helper-outline]').length"));
    }
  }

  @Test
  void dismissesACookieDialogOnlyWithTheMostPrivacyFriendlyChoice() {
    try (ReplicaHarness harness =
        new ReplicaHarness(Language.DE, evidence, options(List.of(Quirk.COOKIE_DIALOG)))) {
      Outcome outcome =
          harness.file(
              Platform.INSTAGRAM, REQUEST, ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message() + harness.terminal());
      assertEquals(1, harness.replica.submissions().size());
      assertEquals(
          "essential",
          harness.browser.driver().manage().getCookieNamed("replica_consent").getValue());
    }
  }

  @Test
  void reportsAServerErrorAfterSendAsNotSentAndKeepsAScreenshotOfIt() throws Exception {
    try (ReplicaHarness harness =
        new ReplicaHarness(Language.EN, evidence, options(List.of(Quirk.REJECTS_SUBMIT)))) {
      ReplicaPerson person = ReplicaPerson.prompt(harness.replica.origin(), EMAIL);

      Outcome outcome = harness.file(Platform.FACEBOOK, REQUEST, person);

      assertEquals(ExitCode.NOT_SENT, outcome.exitCode());
      assertEquals(1, person.sendClicks());
      assertTrue(
          outcome.message().contains("NOT sent: \"Something went wrong. Please try again.\""),
          outcome.message());
      assertTrue(harness.replica.submissions().isEmpty());
      Path folder = outcome.evidence().orElseThrow();
      assertTrue(Files.size(folder.resolve("02-send-error.png")) > 1000);
      Manifest manifest = ManifestJson.read(folder.resolve(Manifest.FILE_NAME));
      assertFalse(manifest.run().completion().complete());
      assertTrue(new EvidenceVerifier().verify(folder).isIntact());
    }
  }

  @Test
  void aReasonLongerThanTheFormAcceptsEndsWithAMessageThatNamesTheLimit() {
    String reason = "Ich widerspreche. ".repeat(20).strip();
    try (ReplicaHarness harness =
        new ReplicaHarness(Language.EN, evidence, options(List.of(Quirk.LIMITS_REASON)))) {
      Outcome outcome =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.empty(), Optional.of(reason)),
              ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

      assertEquals(ExitCode.FORM_CHANGED, outcome.exitCode());
      assertEquals(
          "The form accepts only "
              + Quirk.REASON_LIMIT
              + " characters in the field 'reason', but "
              + reason.length()
              + " were given. Nothing was sent. Shorten the text to at most "
              + Quirk.REASON_LIMIT
              + " characters and run the command again.",
          outcome.message());
      assertTrue(harness.replica.submissions().isEmpty());
    }
  }

  /**
   * Hostile pages: one that reloads, one that pulls the focus into a frame, as a field gets the
   * focus.
   */
  @ParameterizedTest
  @CsvSource({
    "MOVES_ON_FOCUS, The page changed in a way the tool did not expect (stale element",
    "STEALS_FOCUS, The page took the focus away from the field"
  })
  void aPageThatMovesOrStealsTheFocusFromAFieldIsAFormThatChangedNotABrowserFailureOrALimit(
      Quirk hostile, String said) {
    try (ReplicaHarness harness =
        new ReplicaHarness(Language.EN, evidence, options(List.of(hostile)))) {
      Outcome outcome =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.empty(), Optional.of("I object.")),
              ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

      assertEquals(ExitCode.FORM_CHANGED, outcome.exitCode(), outcome.message());
      assertTrue(outcome.message().contains(said), outcome.message());
      assertFalse(outcome.message().contains("accepts only"), outcome.message());
      assertTrue(harness.replica.submissions().isEmpty());
    }
  }

  @Test
  void whereNothingMatchesTheMessageNamesFieldLocatorsAddressWaitAndTheProbe() {
    // The form shows only after the wait for it ends: neither a locator nor the field's role finds
    // it.
    try (ReplicaHarness harness =
        new ReplicaHarness(Language.EN, evidence, options(List.of(Quirk.SLOW)))) {
      harness.findTimeout = Duration.ofMillis(1500);
      var profile =
          Profiles.withLocators(
              harness.profile(Platform.FACEBOOK),
              FieldRole.EMAIL,
              List.of(
                  new Locator(Locator.Kind.LABEL, "Kontakt"),
                  new Locator(Locator.Kind.CSS, "#gone")));

      Outcome outcome =
          harness.file(profile, REQUEST, ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

      assertEquals(ExitCode.FORM_CHANGED, outcome.exitCode());
      String formUrl = harness.replica.formUrl(Platform.FACEBOOK).toString();
      assertTrue(
          outcome
              .message()
              .contains(
                  "\"email\" was not found on "
                      + formUrl
                      + " after 1.5 s (tried: label 'Kontakt', css '#gone', then its role)"),
          outcome.message());
      assertTrue(
          outcome.message().contains("objection probe --platform facebook"), outcome.message());
      assertTrue(harness.replica.submissions().isEmpty());
    }
  }

  private static ReplicaSite.Options options(List<Quirk> quirks) {
    return ReplicaSite.Options.defaults().withQuirks(quirks.toArray(Quirk[]::new));
  }
}
