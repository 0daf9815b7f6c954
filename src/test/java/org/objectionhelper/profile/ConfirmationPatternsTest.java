package org.objectionhelper.profile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;

/** The bundled patterns against the replica's texts (from the replica contract). */
class ConfirmationPatternsTest {
  private static final String DIALOG_DE =
      "Danke Wir werden deinen Widerspruch berücksichtigen. Das bedeutet, dass deine Anfrage ab"
          + " sofort auf die Entwicklung und Verbesserung von KI bei Meta angewendet wird. Du"
          + " erhältst eine E-Mail mit weiteren Informationen. Schließen";
  private static final String DIALOG_EN =
      "Thanks We'll honour your objection. This means your request will be applied going forward"
          + " to developing and improving AI at Meta. You'll receive an email with details. Close";

  /** What the form page itself shows before sending, which must never pass for a confirmation. */
  private static final List<String> FORM_PAGE_TEXTS =
      List.of(
          "Einspruch/Widerspruch gegen die Verwendung deiner Informationen für KI bei Meta",
          "Du hast das Recht, der Verwendung deiner Informationen für die Entwicklung und"
              + " Verbesserung von KI bei Meta zu widersprechen. Wenn du dieses Formular absendest,"
              + " prüfen wir deinen Widerspruch.",
          "Land, in dem du lebst E-Mail-Adresse Bitte erkläre, wie sich diese Verarbeitung auf"
              + " dich auswirkt. (optional) Senden",
          "Etwas ist schiefgelaufen. Bitte versuche es erneut.",
          "Object to your information being used for AI at Meta",
          "You have the right to object to Meta using the information you've shared on our"
              + " Products and services to develop and improve AI at Meta. If your objection is"
              + " honoured, it will be applied going forward.",
          "Country of residence Email address Please explain how this processing impacts you."
              + " (optional) Send",
          "Something went wrong. Please try again.");

  static Stream<Arguments> replicaDialogs() {
    return platforms()
        .flatMap(
            platform ->
                Stream.of(
                    Arguments.of(platform, Language.DE, DIALOG_DE),
                    Arguments.of(platform, Language.EN, DIALOG_EN)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("replicaDialogs")
  void everyPatternOfTheLanguageRecognisesTheReplicaConfirmation(
      Platform platform, Language language, String dialog) {
    List<Pattern> patterns =
        ProfileLoader.bundled().load(platform).confirmation().patterns().get(language);

    assertTrue(patterns.size() >= 3, "several patterns per language");
    patterns.forEach(
        pattern -> assertTrue(pattern.matcher(dialog).find(), pattern + " matches the dialog"));
  }

  @ParameterizedTest
  @MethodSource("platforms")
  void noPatternMistakesTheFormPageForAConfirmation(Platform platform) {
    ProfileLoader.bundled().load(platform).confirmation().patterns().values().stream()
        .flatMap(List::stream)
        .forEach(
            pattern ->
                FORM_PAGE_TEXTS.forEach(
                    text ->
                        assertTrue(
                            !pattern.matcher(text).find(), pattern + " must not match: " + text)));
  }

  @ParameterizedTest
  @MethodSource("platforms")
  void patternsIgnoreCaseIncludingUmlauts(Platform platform) {
    List<Pattern> german =
        ProfileLoader.bundled().load(platform).confirmation().patterns().get(Language.DE);

    assertTrue(german.get(0).matcher("WIDERSPRUCH BERÜCKSICHTIGEN").find());
  }

  /** The objection forms; the third-party form has a confirmation of its own. */
  static Stream<Platform> platforms() {
    return Stream.of(Platform.FACEBOOK, Platform.INSTAGRAM);
  }
}
