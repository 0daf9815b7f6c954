package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.ProbeResult;
import org.objectionhelper.page.Glance;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Locator;
import org.objectionhelper.profile.ProfileLoader;
import org.objectionhelper.profile.ProfileWriter;
import org.objectionhelper.replica.MovedForms.Moves;
import org.objectionhelper.replica.Quirk;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.ReplicaSite;
import org.objectionhelper.replica.Variety;
import org.openqa.selenium.JavascriptExecutor;

/** {@code objection probe}: what a maintainer sees the day Meta changes the page. */
@Tag("browser")
class ProbeTest {
  private static final String EMAIL = "anna.beispiel@example.org";
  private static final String REASON_VALUE = "return document.querySelector('textarea').value";

  @TempDir Path evidence;

  @Test
  void findsEveryPartAfterLoggingInSaysByWhichLocatorAndFillsAndSendsNothing() {
    ReplicaSite.Options cookies = ReplicaSite.Options.defaults().withQuirks(Quirk.COOKIE_DIALOG);
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence, cookies)) {
      ExitCode exit =
          harness
              .probe(
                  harness.profile(Platform.INSTAGRAM),
                  ReplicaPerson.prompt(harness.replica.origin(), EMAIL))
              .exitCode();

      String report = harness.terminal();
      assertEquals(ExitCode.OK, exit, report);
      assertTrue(
          report.contains("login gate: seen at the start, found by css 'form#loginForm'"), report);
      assertTrue(
          report.contains("OK       country: found by label 'Country of residence'"), report);
      assertTrue(report.contains("OK       email: found by label 'Email address'"), report);
      assertTrue(
          report.contains(
              "OK       reason: found by label 'Please explain how this processing impacts you'"),
          report);
      assertTrue(report.contains("OK       submit: found by text 'Send'"), report);
      assertTrue(
          report.contains(
              "cookie dialog: shown, its choice found by text 'Decline optional cookies' (not clicked)"),
          report);
      assertTrue(
          report.contains("confirmation: shows only after \"Send\", not checked (8 patterns)"),
          report);
      assertTrue(
          report.contains("Instagram: every required part of the profile was found"), report);
      JavascriptExecutor page = (JavascriptExecutor) harness.browser.driver();
      assertEquals("", page.executeScript(REASON_VALUE));
      assertEquals(
          1L,
          page.executeScript("return document.querySelectorAll('[data-replica=cookies]').length"));
      assertTrue(harness.replica.submissions().isEmpty());
    }
  }

  @Test
  void reportsDriftWithEveryLocatorTriedAndExitsWithFormChanged() {
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, evidence)) {
      var outdated =
          Profiles.withLocators(
              harness.profile(Platform.FACEBOOK),
              FieldRole.EMAIL,
              List.of(
                  new Locator(Locator.Kind.LABEL, "E-Mail-Kontakt"),
                  new Locator(Locator.Kind.NAME, "Field42")));
      harness.findTimeout = Duration.ofSeconds(1);

      ExitCode exit =
          harness.probe(outdated, ReplicaPerson.prompt(harness.replica.origin(), EMAIL)).exitCode();

      String report = harness.terminal();
      assertEquals(ExitCode.FORM_CHANGED, exit, report);
      assertTrue(
          report.contains(
              "OK*     email: vom Profil nicht gefunden, aber an seiner Rolle erkannt: e-mail by type=email, label words"),
          report);
      assertTrue(report.contains("OK       reason: gefunden über label 'Bitte erkläre"), report);
      assertTrue(report.contains("Facebook: Das Formular weicht vom Profil"), report);
      assertTrue(harness.replica.submissions().isEmpty());
    }
  }

  @Test
  void followsALoginGateAtAnotherAddressAndAQuestionBeforeTheFormAndSaysSo() {
    ReplicaSite.Options unseen =
        ReplicaSite.Options.defaults()
            .with(Variety.STANDARD.withLoginElsewhere().withQuestionFirst());
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence, unseen)) {
      ExitCode exit =
          harness
              .probe(
                  harness.profile(Platform.FACEBOOK),
                  ReplicaPerson.prompt(harness.replica.origin(), EMAIL))
              .exitCode();

      String report = harness.terminal();
      assertEquals(ExitCode.OK, exit, report);
      assertTrue(
          report.contains("login gate: seen at the start, found by css 'input[type=password]'"),
          report);
      assertTrue(report.contains("PAUSE    the page asked a question before the form"), report);
      assertTrue(report.contains("OK       email: found by label 'Email address'"), report);
      assertTrue(harness.replica.submissions().isEmpty());
    }
  }

  @Test
  void waitsForAPageThatDrawsItselfFollowsThePersonThroughAChooserAndSaysWhatItSaw() {
    ReplicaSite.Options late =
        ReplicaSite.Options.defaults()
            .with(Variety.STANDARD.with(Variety.CountryField.PORTAL_LISTBOX).withDrawingLate());
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence, late)) {
      harness.replica.move(Moves.FIRST_TO_CHOOSER);

      ProbeResult probed =
          harness.probe(
              harness.profile(Platform.FACEBOOK),
              ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

      String report = harness.terminal();
      String origin = harness.replica.origin().toString();
      assertEquals(ExitCode.OK, probed.exitCode(), report);
      assertTrue(
          report.contains("login gate: seen at the start, found by css 'form#login_form'"), report);
      assertTrue(
          report.contains(
              "PAUSE    the form's address led to a page no profile names ("
                  + origin
                  + "/privacy/center/requests/)"),
          report);
      assertTrue(report.contains("NOTE     the page drew the form "), report);
      assertTrue(report.contains("NOTE     country: a list the page draws itself"), report);
      assertTrue(report.contains("-        step 'email-code': not shown now"), report);
      assertTrue(
          report.contains(
              "OK       address: the form shows at "
                  + origin
                  + "/privacy/center/requests/ai/facebook/object"),
          report);
      assertEquals(
          harness.replica.origin().resolve("/privacy/center/requests/ai/facebook/object"),
          probed.asFound().orElseThrow().formUrl());
      assertTrue(harness.replica.submissions().isEmpty());
    }
  }

  @Test
  void saysInGermanWhichAddressShowedNothingAndWhereTheFormShowed() {
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, evidence)) {
      harness.replica.move(Moves.FIRST_UNAVAILABLE);

      ExitCode exit =
          harness
              .probe(
                  harness.profile(Platform.INSTAGRAM),
                  ReplicaPerson.prompt(harness.replica.origin(), EMAIL))
              .exitCode();

      String report = harness.terminal();
      String origin = harness.replica.origin().toString();
      assertEquals(ExitCode.OK, exit, report);
      assertTrue(
          report.contains(
              "WEG      Adresse "
                  + origin
                  + "/contact/767264225370182: Meta zeigt dort nichts an („Dieser Inhalt ist momentan nicht verfügbar“)"),
          report);
      assertTrue(
          report.contains(
              "OK       Adresse: das Formular erscheint unter "
                  + origin
                  + "/contact/233964459562201"),
          report);
    }
  }

  @Test
  void writesAProfileOfThePageAsItIsWithWhichAFilingFindsEveryFieldByTheProfilesOwnLocators(
      @TempDir Path written) throws IOException {
    ReplicaSite.Options unseen =
        ReplicaSite.Options.defaults()
            .with(
                Variety.STANDARD
                    .with(Variety.LabelStyle.TEXT_BEFORE)
                    .with(Variety.EmailInput.TEXT)
                    .with(Variety.CountryField.COMBOBOX)
                    .with(Variety.SendControl.SPAN)
                    .withRewordedLabels()
                    .withGeneratedNames()
                    .withLoginElsewhere());
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence, unseen)) {
      harness.replica.move(Moves.FIRST_TO_PRIVACY_HUB);
      ProbeResult probed =
          harness.probe(
              harness.profile(Platform.FACEBOOK),
              ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

      String report = harness.terminal();
      assertEquals(ExitCode.FORM_CHANGED, probed.exitCode(), report);
      assertTrue(report.contains("PAUSE    the address led to Meta's privacy hub"), report);
      assertTrue(
          report.contains("login gate: seen at the start, found by css 'input[type=password]'"),
          report);
      assertTrue(
          report.contains(
              "Found only by their role, not by the profile's locators: country, email, submit"),
          report);
      FormProfile asFound = probed.asFound().orElseThrow();
      Files.writeString(written.resolve("facebook.yaml"), ProfileWriter.yaml(asFound, List.of()));
      FormProfile loaded = ProfileLoader.withOverrides(written).load(Platform.FACEBOOK);
      assertEquals(
          harness.replica.origin().resolve("/support/privacy/ai-objection/facebook"),
          loaded.formUrl());
      assertTrue(loaded.login().indicators().contains(Glance.PASSWORD_FIELD));
      harness.browser.driver().manage().deleteAllCookies();

      Outcome outcome =
          harness.file(
              loaded,
              new ObjectionRequest(EMAIL, Optional.of("AT"), Optional.of("Mein Widerspruch.")),
              ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message() + harness.terminal());
      Map<String, String> notes =
          ManifestJson.read(outcome.evidence().orElseThrow().resolve(Manifest.FILE_NAME))
              .run()
              .notes();
      for (String field : List.of("country", "email", "reason")) {
        String how = notes.get("found " + field);
        assertTrue(how.matches("(label|aria|placeholder|name|css) '.*"), field + ": " + how);
      }
      assertEquals("AT", harness.replica.submissions().get(0).country());
    }
  }
}
