package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.evidence.Run;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.replica.MovedForms.Moves;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.ReplicaSite;
import org.objectionhelper.replica.Submission;
import org.objectionhelper.replica.Variety;
import org.objectionhelper.replica.Variety.ConfirmationStyle;
import org.objectionhelper.replica.Variety.CountryField;
import org.objectionhelper.replica.Variety.EmailInput;
import org.objectionhelper.replica.Variety.LabelStyle;
import org.objectionhelper.replica.Variety.SendControl;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A Meta page the tool has never seen: the BUNDLED profiles, unchanged, against the replica in many
 * looks (labels, controls, login gate, a question first, confirmations), each value of every kind
 * at least once, and with the form moved: its first address showing nothing, leading to Meta's
 * privacy hub, or no address left. One browser serves every variant; each variant logs in anew.
 * Writes the table of what happened to target/unseen-page-variety.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
class UnseenPageVarietyTest {
  private static final String EMAIL = "anna.beispiel@example.org";

  /** The sample objection: long enough for the 2024 form's minimum of 100 characters. */
  private static final String REASON =
      "Ich widerspreche einer Verwendung meiner persönlichen Daten und anderen Informationen, wie"
          + " z.B. Beiträge und Kommentare, für das Training von KI-Produkten und -Dienstleistungen"
          + " von Meta und Llama.";

  private static final ObjectionRequest REQUEST =
      new ObjectionRequest(EMAIL, Optional.of("AT"), Optional.of(REASON));

  /** How long the stand-in takes to choose the objection on a page before the form. */
  private static final Duration CHOOSES_AFTER = Duration.ofSeconds(3);

  /**
   * How long the person takes to answer the question before the form: longer than the wait for a
   * field.
   */
  private static final Duration SLOW_ANSWER = Duration.ofSeconds(30);

  @TempDir static Path evidence;
  private ReplicaHarness harness;
  private final StringBuilder table =
      new StringBuilder(
          "| variant | platform | exit | fields found | waited for the form | run took |"
              + " confirmation |\n| --- | --- | ---: | --- | --- | ---: | --- |\n");

  @BeforeAll
  void startOneBrowser() {
    harness = new ReplicaHarness(Language.EN, evidence, ReplicaSite.Options.defaults());
    harness.loginTimeout = Duration.ofSeconds(60);
  }

  @AfterAll
  void end() throws IOException {
    harness.close();
    Files.writeString(
        Path.of("target", "unseen-page-variety.md"),
        table,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  @BeforeEach
  void everyAddressShowsTheFormUnlessATestSaysOtherwise() {
    harness.replica.move(Moves.NONE);
  }

  static Stream<Arguments> variants() {
    Variety standard = Variety.STANDARD;
    return Stream.of(
        Arguments.of(Platform.FACEBOOK, standard, Duration.ZERO),
        Arguments.of(
            Platform.INSTAGRAM,
            standard
                .with(LabelStyle.WRAPPING_LABEL)
                .with(EmailInput.TEXT)
                .with(CountryField.COMBOBOX)
                .with(SendControl.INPUT)
                .with(ConfirmationStyle.INLINE_TEXT),
            Duration.ZERO),
        Arguments.of(
            Platform.FACEBOOK,
            standard
                .with(LabelStyle.ARIA_LABELLEDBY)
                .with(SendControl.DIV_ROLE_BUTTON)
                .with(ConfirmationStyle.TOAST)
                .withGeneratedNames()
                .withSentByScript(),
            Duration.ZERO),
        Arguments.of(
            Platform.INSTAGRAM,
            standard
                .with(LabelStyle.TEXT_BEFORE)
                .with(EmailInput.TEXT)
                .with(CountryField.ABSENT)
                .with(SendControl.SPAN)
                .with(ConfirmationStyle.NEW_PAGE)
                .withLoginElsewhere(),
            Duration.ZERO),
        Arguments.of(
            Platform.FACEBOOK,
            standard
                .with(LabelStyle.PLACEHOLDER_ONLY)
                .with(EmailInput.TEXT)
                .with(ConfirmationStyle.INLINE_TEXT)
                .withGeneratedNames()
                .withLoginElsewhere(),
            Duration.ZERO),
        Arguments.of(
            Platform.FACEBOOK,
            standard
                .with(LabelStyle.TEXT_BEFORE)
                .with(CountryField.COMBOBOX)
                .with(SendControl.DIV_ROLE_BUTTON)
                .withReadOnlyEmail(),
            Duration.ZERO),
        Arguments.of(
            Platform.INSTAGRAM,
            standard
                .with(EmailInput.TEXT)
                .with(SendControl.SPAN)
                .with(ConfirmationStyle.TOAST)
                .withQuestionFirst(),
            SLOW_ANSWER),
        Arguments.of(
            Platform.FACEBOOK,
            standard
                .with(LabelStyle.WRAPPING_LABEL)
                .with(CountryField.ABSENT)
                .with(SendControl.INPUT)
                .with(ConfirmationStyle.NEW_PAGE)
                .withQuestionFirst()
                .withReadOnlyEmail()
                .withLoginElsewhere(),
            Duration.ZERO),
        Arguments.of(
            Platform.INSTAGRAM,
            standard
                .with(LabelStyle.PLACEHOLDER_ONLY)
                .with(CountryField.COMBOBOX)
                .with(SendControl.SPAN)
                .withGeneratedNames()
                .withSentByScript(),
            Duration.ZERO),
        Arguments.of(
            Platform.FACEBOOK,
            standard
                .with(LabelStyle.TEXT_BEFORE)
                .with(EmailInput.TEXT)
                .with(SendControl.SPAN)
                .with(ConfirmationStyle.INLINE_TEXT)
                .withRewordedLabels()
                .withGeneratedNames(),
            Duration.ZERO),
        Arguments.of(
            Platform.INSTAGRAM,
            standard
                .with(LabelStyle.ARIA_LABELLEDBY)
                .with(CountryField.COMBOBOX)
                .with(ConfirmationStyle.NEW_PAGE)
                .withRewordedLabels()
                .withLoginElsewhere(),
            Duration.ZERO),
        Arguments.of(Platform.FACEBOOK, standard.withDrawingLate(), Duration.ZERO),
        Arguments.of(
            Platform.INSTAGRAM,
            standard
                .with(LabelStyle.WRAPPING_LABEL)
                .with(CountryField.COMBOBOX)
                .with(ConfirmationStyle.INLINE_TEXT)
                .withGeneratedNames()
                .withDrawingLate(),
            Duration.ZERO),
        Arguments.of(
            Platform.FACEBOOK,
            standard
                .with(LabelStyle.ARIA_LABELLEDBY)
                .with(CountryField.PORTAL_LISTBOX)
                .with(SendControl.DIV_ROLE_BUTTON)
                .with(ConfirmationStyle.TOAST)
                .withSentByScript()
                .withDrawingLate(),
            Duration.ZERO),
        Arguments.of(Platform.FACEBOOK, standard.with2024Form(), Duration.ZERO),
        Arguments.of(
            Platform.INSTAGRAM,
            standard
                .with(LabelStyle.TEXT_BEFORE)
                .with(EmailInput.TEXT)
                .with(SendControl.SPAN)
                .with(ConfirmationStyle.INLINE_TEXT)
                .with2024Form()
                .withDrawingLate(),
            Duration.ZERO),
        Arguments.of(
            Platform.FACEBOOK,
            standard
                .with(LabelStyle.TEXT_BEFORE)
                .with(CountryField.LAZY_LISTBOX)
                .with(ConfirmationStyle.TOAST)
                .withGeneratedNames(),
            Duration.ZERO),
        Arguments.of(
            Platform.INSTAGRAM,
            standard
                .with(LabelStyle.PLACEHOLDER_ONLY)
                .with(EmailInput.TEXT)
                .with(CountryField.LAZY_LISTBOX)
                .with(SendControl.INPUT)
                .withLoginElsewhere(),
            Duration.ZERO),
        Arguments.of(
            Platform.INSTAGRAM,
            standard
                .with(LabelStyle.ARIA_LABELLEDBY)
                .with(CountryField.PORTAL_LISTBOX)
                .with(SendControl.DIV_ROLE_BUTTON)
                .with(ConfirmationStyle.INLINE_TEXT)
                .withSentByScript(),
            Duration.ZERO),
        Arguments.of(
            Platform.FACEBOOK,
            standard
                .with(EmailInput.TEXT)
                .with(CountryField.PORTAL_LISTBOX)
                .with(ConfirmationStyle.NEW_PAGE)
                .withReadOnlyEmail(),
            Duration.ZERO),
        Arguments.of(
            Platform.FACEBOOK,
            standard
                .with(LabelStyle.WRAPPING_LABEL)
                .with(CountryField.FILTER_INPUT)
                .with(SendControl.SPAN)
                .with(ConfirmationStyle.TOAST)
                .withGeneratedNames(),
            Duration.ZERO),
        Arguments.of(
            Platform.INSTAGRAM,
            standard
                .with(LabelStyle.PLACEHOLDER_ONLY)
                .with(EmailInput.TEXT)
                .with(CountryField.FILTER_INPUT)
                .with(ConfirmationStyle.NEW_PAGE)
                .withLoginElsewhere(),
            Duration.ZERO));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("variants")
  void theBundledProfileFilesOnEveryVariant(
      Platform platform, Variety variety, Duration answerAfter) throws IOException {
    harness.replica.vary(variety);
    harness.browser.driver().manage().deleteAllCookies();
    int before = harness.replica.submissions().size();
    int terminalBefore = harness.terminal().length();
    ReplicaPerson person =
        ReplicaPerson.prompt(harness.replica.origin(), EMAIL).answeringAfter(answerAfter);

    Instant started = Instant.now();
    Outcome outcome = harness.file(platform, REQUEST, person);
    Duration took = Duration.between(started, Instant.now());

    String said = harness.terminal().substring(terminalBefore);
    Optional<Manifest> kept = Optional.empty();
    if (outcome.evidence().isPresent()) {
      kept = Optional.of(ManifestJson.read(outcome.evidence().get().resolve(Manifest.FILE_NAME)));
    }
    Map<String, String> notes = kept.map(manifest -> manifest.run().notes()).orElse(Map.of());
    table.append(
        String.format(
            "| %s | %s | %d | %s | %s | %.1f s | %s |%n",
            variety,
            platform.id(),
            outcome.exitCode().code(),
            found(notes),
            waited(notes),
            took.toMillis() / 1000.0,
            notes.getOrDefault("confirmation", outcome.message())));
    assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message() + said);
    Manifest manifest = kept.orElseThrow();
    assertEquals(before + 1, harness.replica.submissions().size());
    Submission received = harness.replica.submissions().get(before);
    assertEquals(EMAIL, received.email());
    assertEquals(variety.country() == CountryField.ABSENT ? "" : "AT", received.country());
    assertEquals(REASON, received.reason());
    assertNotNull(manifest.run().submitted(), "the moment of Send is in the manifest");
    String givenAwayBy = variety.sentByScript() ? "request" : "submit";
    assertTrue(
        notes.get("submitted").startsWith("noticed in the page by " + givenAwayBy),
        notes.get("submitted"));
    assertEquals(EMAIL, manifest.run().enteredValues().get("email"));
    assertTrue(
        said.contains(
            "Please log in to " + (platform == Platform.FACEBOOK ? "Facebook" : "Instagram")),
        said);
    assertTrue(said.split("Logged in\\.", -1).length <= 2, "said logged in once at most: " + said);
    assertEquals(
        variety.questionFirst(),
        said.contains("asks a question first: please answer it in the browser"),
        said);
  }

  static Stream<Arguments> movedForms() {
    Variety standard = Variety.STANDARD;
    return Stream.of(
        Arguments.of(
            Platform.FACEBOOK, Moves.FIRST_UNAVAILABLE, standard, "/help/contact/6359191084165019"),
        Arguments.of(
            Platform.INSTAGRAM,
            Moves.FIRST_UNAVAILABLE,
            standard.with(LabelStyle.TEXT_BEFORE).with(EmailInput.TEXT).withLoginElsewhere(),
            "/contact/233964459562201"),
        Arguments.of(
            Platform.FACEBOOK,
            Moves.FIRST_TO_PRIVACY_HUB,
            standard,
            "/support/privacy/ai-objection/facebook"),
        Arguments.of(
            Platform.INSTAGRAM,
            Moves.FIRST_TO_PRIVACY_HUB,
            standard
                .with(LabelStyle.ARIA_LABELLEDBY)
                .with(CountryField.COMBOBOX)
                .with(ConfirmationStyle.INLINE_TEXT),
            "/support/privacy/ai-objection/instagram"),
        Arguments.of(
            Platform.FACEBOOK,
            Moves.FIRST_TO_CHOOSER,
            standard,
            "/privacy/center/requests/ai/facebook/object"),
        Arguments.of(
            Platform.INSTAGRAM,
            Moves.FIRST_TO_CHOOSER,
            standard.with(LabelStyle.TEXT_BEFORE).withDrawingLate(),
            "/privacy/center/requests/ai/instagram/object"));
  }

  @ParameterizedTest(name = "{1}, {2} on {0}")
  @MethodSource("movedForms")
  void theBundledProfileFindsAMovedFormAtItsNextAddressOrBehindThePrivacyHub(
      Platform platform, Moves moves, Variety variety, String used) throws IOException {
    harness.replica.move(moves);
    harness.replica.vary(variety);
    harness.browser.driver().manage().deleteAllCookies();
    int before = harness.replica.submissions().size();
    int terminalBefore = harness.terminal().length();

    Instant started = Instant.now();
    Outcome outcome =
        harness.file(
            platform,
            REQUEST,
            ReplicaPerson.prompt(harness.replica.origin(), EMAIL).answeringAfter(CHOOSES_AFTER));
    Duration took = Duration.between(started, Instant.now());

    String said = harness.terminal().substring(terminalBefore);
    Manifest manifest =
        ManifestJson.read(outcome.evidence().orElseThrow().resolve(Manifest.FILE_NAME));
    Map<String, String> notes = manifest.run().notes();
    table.append(
        String.format(
            "| %s, %s | %s | %d | %s | %s | %.1f s | %s |%n",
            moves,
            variety,
            platform.id(),
            outcome.exitCode().code(),
            found(notes) + "; address used: " + manifest.run().formUrl().getPath(),
            waited(notes),
            took.toMillis() / 1000.0,
            notes.getOrDefault("confirmation", outcome.message())));
    assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message() + said);
    assertEquals(before + 1, harness.replica.submissions().size());
    assertEquals(harness.replica.origin().resolve(used), manifest.run().formUrl());
    String first = harness.profile(platform).formUrl().toString();
    String tried = notes.get(Run.ADDRESSES_TRIED);
    assertTrue(tried.startsWith(first + ": "), tried);
    String receipt = Files.readString(outcome.evidence().get().resolve("receipt.html"));
    assertTrue(receipt.contains("Form addresses tried first"), receipt);
    if (moves == Moves.FIRST_UNAVAILABLE) {
      assertTrue(
          tried.contains("showed nothing (\"This content isn't available right now\")"), tried);
      assertTrue(said.contains("Meta shows nothing at " + first + " any more."), said);
    } else if (moves == Moves.FIRST_TO_PRIVACY_HUB) {
      assertTrue(tried.contains("led to Meta's privacy hub"), tried);
      assertTrue(said.contains("leads to Meta's privacy hub: please choose the objection"), said);
    } else {
      assertTrue(
          tried.contains(
              ": led to "
                  + harness.replica.origin()
                  + "/privacy/center/requests/, where the person chose the objection form"),
          tried);
      assertTrue(
          said.contains(
              "this is not the objection form yet. Please choose it in the browser window"
                  + " (\"Object to your information being used for AI at Meta\")"),
          said);
    }
  }

  @org.junit.jupiter.api.Test
  void whereNoAddressShowsTheFormSaysItMovedWithItsOwnExitCodeAndSendsNothing() {
    harness.replica.move(Moves.ALL_UNAVAILABLE);
    harness.replica.vary(Variety.STANDARD);
    harness.browser.driver().manage().deleteAllCookies();
    int before = harness.replica.submissions().size();
    int terminalBefore = harness.terminal().length();

    Outcome outcome =
        harness.file(
            Platform.FACEBOOK, REQUEST, ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

    String said = harness.terminal().substring(terminalBefore);
    table.append(
        String.format(
            "| %s, %s | facebook | %d | - | - | - | %s |%n",
            Moves.ALL_UNAVAILABLE, Variety.STANDARD, outcome.exitCode().code(), outcome.message()));
    assertEquals(ExitCode.FORM_UNAVAILABLE, outcome.exitCode(), outcome.message() + said);
    assertEquals(12, outcome.exitCode().code());
    assertEquals(before, harness.replica.submissions().size());
    assertTrue(
        outcome.message().contains("the form has moved. Nothing was sent."), outcome.message());
    for (String number : List.of("712876720715583", "6359191084165019", "1266025207620918")) {
      assertTrue(outcome.message().contains("/help/contact/" + number), outcome.message());
    }
    assertEquals(3, said.split("Trying the form's next address", -1).length, said);
  }

  @org.junit.jupiter.api.Test
  void aReasonShorterThanTheFormsMinimumIsSaidBeforeReviewAndWhatThePersonAddsIsTheirs()
      throws IOException {
    harness.replica.vary(Variety.STANDARD.with2024Form());
    harness.browser.driver().manage().deleteAllCookies();
    int before = harness.replica.submissions().size();
    int terminalBefore = harness.terminal().length();
    String shortReason = "Ich widerspreche.";
    String added =
        " Meine Beiträge, Fotos und Kommentare sind für Freunde bestimmt und nicht für das"
            + " Training von KI.";
    ReplicaPerson standIn = ReplicaPerson.prompt(harness.replica.origin(), EMAIL);
    String[] banner = {""};
    Person person =
        new Person() {
          @Override
          public void duringLogin(org.objectionhelper.page.FormPage page) {
            standIn.duringLogin(page);
          }

          @Override
          public void duringReview(org.objectionhelper.page.FormPage page) {
            if (banner[0].isEmpty()) {
              WebDriver driver = page.driver();
              banner[0] = driver.findElement(By.id("objection-helper-banner")).getText();
              driver.findElement(By.tagName("textarea")).sendKeys(added);
            }
            standIn.duringReview(page);
          }

          @Override
          public void duringPause(org.objectionhelper.page.FormPage page, String stepName) {
            standIn.duringPause(page, stepName);
          }
        };

    Outcome outcome =
        harness.file(
            Platform.FACEBOOK,
            new ObjectionRequest(EMAIL, Optional.of("AT"), Optional.of(shortReason)),
            person);

    String said = harness.terminal().substring(terminalBefore);
    assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message() + said);
    assertTrue(
        said.contains(
            "The form asks for at least 100 characters in the field 'reason', but the text has 17."),
        said);
    assertTrue(
        said.indexOf("at least 100 characters") < said.indexOf("Facebook has sent you a code"),
        "said before the person sends: " + said);
    assertTrue(banner[0].contains("Please add to the field \"reason\""), banner[0]);
    assertEquals(shortReason + added, harness.replica.submissions().get(before).reason());
    Manifest manifest =
        ManifestJson.read(outcome.evidence().orElseThrow().resolve(Manifest.FILE_NAME));
    assertEquals(shortReason + added, manifest.run().sentValues().get("reason"));
    assertFalse(said.contains("other values"), said);
  }

  @org.junit.jupiter.api.Test
  void aChooserThePersonNeverLeavesEndsAsNotShownNamingItsPageAndSendsNothing() {
    harness.replica.move(Moves.FIRST_TO_CHOOSER);
    harness.replica.vary(Variety.STANDARD);
    harness.browser.driver().manage().deleteAllCookies();
    Duration loginTimeout = harness.loginTimeout;
    // Long enough for a login on a busy machine; the wait for a choice ends with it.
    harness.loginTimeout = Duration.ofSeconds(8);
    int before = harness.replica.submissions().size();
    int terminalBefore = harness.terminal().length();
    Outcome outcome;
    try {
      outcome =
          harness.file(
              Platform.INSTAGRAM,
              REQUEST,
              ReplicaPerson.prompt(harness.replica.origin(), EMAIL)
                  .answeringAfter(Duration.ofMinutes(5)));
    } finally {
      harness.loginTimeout = loginTimeout;
    }

    String said = harness.terminal().substring(terminalBefore);
    table.append(
        String.format(
            "| %s, %s, never chosen | instagram | %d | - | - | - | %s |%n",
            Moves.FIRST_TO_CHOOSER,
            Variety.STANDARD,
            outcome.exitCode().code(),
            outcome.message()));
    assertEquals(ExitCode.FORM_UNAVAILABLE, outcome.exitCode(), outcome.message() + said);
    assertEquals(before, harness.replica.submissions().size());
    assertTrue(
        outcome
            .message()
            .contains("(pages seen: " + harness.replica.origin() + "/privacy/center/requests/)"),
        outcome.message());
    assertTrue(said.contains("this is not the objection form yet"), said);
  }

  @org.junit.jupiter.api.Test
  void whereTwoFieldsFitTheEmailEquallyFillsNeitherAndTheManifestKeepsWhatThePersonSent()
      throws IOException {
    harness.replica.vary(
        Variety.STANDARD
            .with(EmailInput.TEXT)
            .withRewordedLabels()
            .withSecondEmailField()
            .withGeneratedNames());
    harness.browser.driver().manage().deleteAllCookies();
    int before = harness.replica.submissions().size();
    int terminalBefore = harness.terminal().length();
    String[] banner = {""};
    Person person =
        harness.loggingInThen(
            "anna", // no address: the form's fields stay empty for the tool to fill
            page -> {
              if (harness.replica.submissions().size() > before || !banner[0].isEmpty()) {
                return;
              }
              WebDriver driver = page.driver();
              banner[0] = driver.findElement(By.id("objection-helper-banner")).getText();
              // The person fills the two address fields the tool left alone, then sends.
              driver
                  .findElements(By.cssSelector("input[autocomplete=email]"))
                  .forEach(field -> field.sendKeys(EMAIL));
              page.clickSend();
            });

    Outcome outcome = harness.file(Platform.FACEBOOK, REQUEST, person);

    String said = harness.terminal().substring(terminalBefore);
    assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message() + said);
    assertTrue(
        said.contains("Two fields on the page could be this one, so the tool filled neither"),
        said);
    assertTrue(banner[0].contains("Please fill in the field \"email\" yourself"), banner[0]);
    assertEquals(EMAIL, harness.replica.submissions().get(before).email());
    Manifest manifest =
        ManifestJson.read(outcome.evidence().orElseThrow().resolve(Manifest.FILE_NAME));
    assertTrue(manifest.run().notes().get("found email").startsWith("two candidates fit equally"));
    assertNotNull(manifest.run().submitted());
  }

  @org.junit.jupiter.api.Test
  void aSendWhoseAnswerIsNotRecognisedIsSentUnconfirmedWithEvidenceNeverNothingWasSent()
      throws IOException {
    harness.replica.vary(Variety.STANDARD.with(ConfirmationStyle.UNRECOGNISED_TEXT));
    harness.browser.driver().manage().deleteAllCookies();
    int before = harness.replica.submissions().size();
    int terminalBefore = harness.terminal().length();

    Outcome outcome =
        harness.file(
            Platform.INSTAGRAM, REQUEST, ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

    assertEquals(ExitCode.SENT_UNCONFIRMED, outcome.exitCode(), outcome.message());
    assertEquals(10, outcome.exitCode().code());
    assertEquals(before + 1, harness.replica.submissions().size());
    assertTrue(
        outcome.message().contains("do NOT file again before you have checked the page"),
        outcome.message());
    Path folder = outcome.evidence().orElseThrow();
    assertTrue(Files.size(folder.resolve("02-confirmation.png")) > 1000);
    Manifest manifest = ManifestJson.read(folder.resolve(Manifest.FILE_NAME));
    assertEquals(
        "sent, confirmation not recognised", manifest.run().completion().incompleteReason());
    assertNotNull(manifest.run().submitted());
    String said = harness.terminal().substring(terminalBefore);
    assertTrue(!said.contains("Nothing was sent"), said);
  }

  @org.junit.jupiter.api.Test
  void aReadOnlyAddressOfAnotherAccountIsNotSaidToBeChangeable() {
    harness.replica.vary(Variety.STANDARD.withReadOnlyEmail());
    harness.browser.driver().manage().deleteAllCookies();
    int terminalBefore = harness.terminal().length();

    Outcome outcome =
        harness.file(
            Platform.FACEBOOK,
            REQUEST,
            ReplicaPerson.prompt(harness.replica.origin(), "other.account@example.org"));

    String said = harness.terminal().substring(terminalBefore);
    assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message() + said);
    assertTrue(
        said.contains("The form does not let anyone change it; Meta will answer to this address."),
        said);
    assertTrue(!said.contains("change it in the form"), said);
  }

  /** How long the page took to draw the form, as the manifest says; "at once" where it did not. */
  private static String waited(Map<String, String> notes) {
    return notes.getOrDefault(Run.FORM_DRAWN_AFTER, "at once");
  }

  private static String found(Map<String, String> notes) {
    StringBuilder fields = new StringBuilder();
    notes.forEach(
        (key, how) -> {
          if (key.startsWith("found ")) {
            fields
                .append(fields.length() == 0 ? "" : "; ")
                .append(key.substring(6))
                .append(": ")
                .append(how);
          }
        });
    return fields.toString();
  }
}
