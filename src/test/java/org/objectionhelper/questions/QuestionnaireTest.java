package org.objectionhelper.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.ReasonTemplates;

/** The questions' choices, defaults and checks, as the terminal and the page both use them. */
class QuestionnaireTest {
  @TempDir Path home;

  private Questionnaire questions(Language language) {
    return new Questionnaire(
        Messages.of(language),
        ReasonTemplates.bundledAnd(home.resolve("none.yaml")),
        home.resolve("proof"));
  }

  @Test
  void theLanguageDefaultsToTheSystemsWhereItIsGermanElseEnglish() {
    assertEquals(Language.DE, Questionnaire.languages(Locale.GERMANY).defaultOption());
    assertEquals(Language.EN, Questionnaire.languages(Locale.UK).defaultOption());
    assertEquals(Language.EN, Questionnaire.languages(Locale.FRANCE).defaultOption());
  }

  @Test
  void bothPlatformsAndOneAccountAreTheDefaults() {
    assertEquals(
        List.of(Platform.INSTAGRAM, Platform.FACEBOOK), Questionnaire.PLATFORMS.defaultOption());
    assertEquals(1, Questionnaire.ACCOUNTS.defaultOption());
    assertThrows(Rejected.class, () -> Questionnaire.ACCOUNTS.option(6));
  }

  @Test
  void aMistypedAddressIsRejectedWithTheAssistantsMessage() {
    Rejected typo = assertThrows(Rejected.class, () -> questions(Language.EN).email(" anna@ "));

    assertEquals("assist.email.invalid", typo.key());
    assertEquals(List.of("anna@"), List.of(typo.values()));
    assertEquals("anna@example.org", questions(Language.EN).email(" anna@example.org "));
  }

  @Test
  void reasonIsNoneATemplatesFullTextOrOwnWordsChecked() {
    Questionnaire questions = questions(Language.DE);

    assertEquals(Optional.empty(), questions.reason(0, "ignored"));
    assertEquals(Optional.of(questions.templates().get(0).strip()), questions.reason(1, "ignored"));
    assertEquals(
        Optional.of("Meine Worte."), questions.reason(questions.ownWords(), " Meine Worte. "));
    assertThrows(Rejected.class, () -> questions.reason(questions.ownWords(), "Klingel\u0007"));
    assertThrows(Rejected.class, () -> questions.reason(questions.ownWords() + 1, ""));
  }

  @Test
  void anEmptyFolderAnswerTakesTheSuggestionAndAnUnwritableOneIsRejected() throws Exception {
    Path aFile = Files.writeString(home.resolve("a-file"), "not a folder");
    Questionnaire questions = questions(Language.EN);

    assertEquals(home.resolve("proof"), questions.folder(" ").path());
    Rejected refused =
        assertThrows(Rejected.class, () -> questions.folder(aFile.resolve("proof").toString()));
    assertEquals("assist.folder.unwritable", refused.key());
  }

  @Test
  void consentRecordsTheExplanationOnOneLine() {
    String record = questions(Language.EN).consentRecord();

    assertTrue(record.startsWith("The person was told what would happen and answered \"yes\""));
    assertTrue(!record.contains("\n"), record);
  }
}
