package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.Locator;
import org.objectionhelper.replica.MovedForms.Moves;
import org.objectionhelper.replica.Quirk;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.ReplicaSite;
import org.objectionhelper.replica.Variety;

/**
 * One language per sentence: a German run on the pages where the tool once spoke English inside
 * German sentences (a field not found, a country not offered, a page that is not the form, the
 * login) says every sentence of those paths in German. The known list is the English texts of those
 * messages: no fragment of theirs may show in the German run's terminal or outcome.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
class OneLanguageTest {
  private static final String EMAIL = "anna.beispiel@example.org";

  /** The messages of these paths: field not found, option missing, not the form, login seen. */
  private static final List<String> KEYS =
      List.of(
          "page.not.found",
          "page.not.found.role",
          "fill.country.unchosen",
          "abort.form.changed",
          "chooser.first",
          "abort.form.not.shown",
          "login.please",
          "login.back.to.form",
          "arrival.still.waiting");

  @TempDir static Path evidence;
  private ReplicaHarness harness;

  @BeforeAll
  void startOneBrowser() {
    harness =
        new ReplicaHarness(
            Language.DE, evidence, ReplicaSite.Options.defaults().withQuirks(Quirk.SLOW));
  }

  @AfterAll
  void end() {
    harness.close();
  }

  @Test
  void aFieldNotFoundIsSaidInGerman() {
    harness.findTimeout = Duration.ofMillis(1500);
    var profile =
        Profiles.withLocators(
            harness.profile(Platform.FACEBOOK),
            FieldRole.EMAIL,
            List.of(new Locator(Locator.Kind.CSS, "#gone")));

    String said = run(() -> harness.file(profile, request("AT"), person()), ExitCode.FORM_CHANGED);

    assertTrue(said.contains("„email“ wurde auf "), said);
    assertTrue(
        said.contains("nicht gefunden (versucht: css '#gone', danach über seine Rolle)"), said);
  }

  @Test
  void aCountryTheListDoesNotOfferIsSaidInGerman() {
    harness.findTimeout = Duration.ofSeconds(10);

    String said = run(() -> harness.file(Platform.FACEBOOK, request("ZZ"), person()), null);

    assertTrue(
        said.contains(
            "Bitte wähle das Land selbst im Formular: Das Tool konnte es in dieser Liste"),
        said);
  }

  @Test
  void aPageThatIsNotTheFormIsSaidInGerman() {
    harness.replica.move(Moves.FIRST_TO_CHOOSER);
    // Long enough for a login on a busy machine; the wait for a choice ends with it.
    harness.loginTimeout = Duration.ofSeconds(8);
    try {
      String said =
          run(
              () ->
                  harness.file(
                      Platform.FACEBOOK,
                      request("AT"),
                      person().answeringAfter(Duration.ofMinutes(5))),
              ExitCode.FORM_UNAVAILABLE);

      assertTrue(said.contains("Das ist noch nicht das Widerspruchsformular"), said);
      assertTrue(said.contains("hat das Widerspruchsformular nicht innerhalb von"), said);
      assertTrue(said.contains("Bitte melde dich im Browserfenster bei Facebook an"), said);
    } finally {
      harness.replica.move(Moves.NONE);
      harness.loginTimeout = Duration.ofSeconds(20);
    }
  }

  private String run(java.util.function.Supplier<Outcome> filing, ExitCode expected) {
    harness.replica.vary(Variety.STANDARD);
    harness.browser.driver().manage().deleteAllCookies();
    int terminalBefore = harness.terminal().length();
    Outcome outcome = filing.get();
    String said = harness.terminal().substring(terminalBefore) + "\n" + outcome.message();
    if (expected != null) {
      assertEquals(expected, outcome.exitCode(), said);
    }
    for (String english : englishFragments()) {
      assertTrue(
          !said.contains(english), "English in a German run: \"" + english + "\" in " + said);
    }
    return said;
  }

  /** The longest stretch of each known English text between its placeholders. */
  private static List<String> englishFragments() {
    ResourceBundle english =
        ResourceBundle.getBundle(
            "messages",
            Language.EN.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    List<String> fragments = new ArrayList<>();
    for (String key : KEYS) {
      String text = english.getString(key).replace("''", "'");
      fragments.add(
          List.of(text.split("\\{[^}]*\\}")).stream()
              .map(String::strip)
              .max(Comparator.comparingInt(String::length))
              .orElseThrow());
    }
    return fragments;
  }

  private static ObjectionRequest request(String country) {
    return new ObjectionRequest(EMAIL, Optional.of(country), Optional.of("Ich widerspreche."));
  }

  private ReplicaPerson person() {
    return ReplicaPerson.prompt(harness.replica.origin(), EMAIL);
  }
}
