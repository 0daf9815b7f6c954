package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.ReasonTemplates;
import org.objectionhelper.questions.Answers;

/** The questions of {@code assist} without a browser: defaults, typos, the way back, refusals. */
class AssistSessionTest {
  @TempDir Path home;
  private final StringWriter terminal = new StringWriter();

  private Answers answer(Language language, String... lines) {
    return session(language, lines).run();
  }

  private AssistSession session(Language language, String... lines) {
    Dialogue dialogue =
        new Dialogue(
            new BufferedReader(new StringReader(String.join("\n", lines) + "\n")),
            new Narrator(Messages.of(language), new PrintWriter(terminal, true)));
    return new AssistSession(
        dialogue, ReasonTemplates.bundledAnd(home.resolve("none.yaml")), home.resolve("proof"));
  }

  @Test
  void enterTakesTheDefaultsBothPlatformsNoReasonAndTheSuggestedFolder() {
    Answers answers = answer(Language.DE, "ja", "", "anna@example.org", "", "", "", "");

    assertEquals(List.of(Platform.INSTAGRAM, Platform.FACEBOOK), answers.platforms());
    assertEquals("anna@example.org", answers.request().email());
    assertEquals(Optional.empty(), answers.request().reason());
    assertEquals(home.resolve("proof"), answers.evidenceRoot().path());
    assertTrue(
        answers
            .request()
            .consent()
            .startsWith("Der Person wurde erklärt, was geschieht, und sie antwortete „ja“"));
  }

  @Test
  void consentHasNoDefaultAndNoMeansNothingHappens() {
    AssistSession session = session(Language.EN, "", "maybe", "no");

    assertThrows(AssistSession.Declined.class, session::run);
    assertEquals(
        3, terminal.toString().split("Do you agree\\?", -1).length - 1, terminal.toString());
  }

  @Test
  void aTemplateIsChosenByItsNumberInThePersonsLanguage() {
    Answers answers = answer(Language.EN, "yes", "1", "anna@example.org", "", "2", "", "");

    assertEquals(List.of(Platform.INSTAGRAM), answers.platforms());
    assertEquals(
        Optional.of("For data protection reasons, I refuse AI training with my personal data."),
        answers.request().reason());
  }

  @Test
  void aPersonsOwnTemplateIsCheckedLikeTypedText() throws IOException {
    Files.writeString(
        home.resolve("own.yaml"),
        "mine:\n  de: |\n    Meine eigenen Worte.\n  en: |\n    My own words.\n");
    Dialogue dialogue =
        new Dialogue(
            new BufferedReader(
                new StringReader(
                    String.join("\n", "yes", "1", "anna@example.org", "", "4", "", "") + "\n")),
            new Narrator(Messages.of(Language.EN), new PrintWriter(terminal, true)));

    Answers answers =
        new AssistSession(
                dialogue,
                ReasonTemplates.bundledAnd(home.resolve("own.yaml")),
                home.resolve("proof"))
            .run();

    assertEquals(
        Optional.of("My own words."),
        answers.request().reason(),
        "without the block's closing line break");
  }

  @Test
  void aTypoInTheAddressOrANoToIsThisRightAsksForItAgain() {
    Answers answers =
        answer(
            Language.DE,
            "ja",
            "2",
            "anna@example",
            "anna@exmaple.org",
            "nein",
            " anna@example.org ",
            "j",
            "",
            "",
            "");

    assertEquals("anna@example.org", answers.request().email());
    String said = terminal.toString();
    assertTrue(said.contains("„anna@example“ sieht nicht wie eine E-Mail-Adresse aus"), said);
    assertTrue(said.contains("Stimmt das: anna@exmaple.org?"), said);
    assertEquals(3, said.split("Welche E-Mail-Adresse hat dein Konto\\?", -1).length - 1, said);
  }

  @Test
  void backReturnsToThePreviousQuestionAndTheNewAnswerCounts() {
    Answers answers =
        answer(
            Language.DE,
            "ja",
            "1",
            "anna@example.org",
            "",
            "zurück",
            "zurück",
            "2",
            "bob@example.org",
            "",
            "",
            "",
            "");

    assertEquals(List.of(Platform.FACEBOOK), answers.platforms());
    assertEquals("bob@example.org", answers.request().email());
  }

  @Test
  void backAtTheFirstQuestionAsksItAgain() {
    Answers answers = answer(Language.EN, "back", "yes", "", "anna@example.org", "", "", "", "");

    assertEquals(2, terminal.toString().split("Do you agree\\?", -1).length - 1);
    assertEquals("anna@example.org", answers.request().email());
  }

  @Test
  void ownWordsAreCheckedAndAskedForAgainWhenUnusable() {
    Answers answers =
        answer(
            Language.EN,
            "yes",
            "",
            "anna@example.org",
            "",
            "4",
            "bell\u0007",
            "My photos are mine.",
            "",
            "");

    assertEquals(Optional.of("My photos are mine."), answers.request().reason());
    assertTrue(terminal.toString().contains("The reason contains control characters"));
  }

  @Test
  void aFolderThatCannotBeWrittenToIsRefusedAndATildeMeansTheHomeFolder() throws IOException {
    Path aFile = Files.writeString(home.resolve("a-file"), "not a folder");
    Answers answers =
        answer(
            Language.EN,
            "yes",
            "",
            "anna@example.org",
            "",
            "",
            aFile.resolve("proof").toString(),
            "~/proof-of-anna",
            "");

    assertTrue(
        terminal
            .toString()
            .contains("The folder " + aFile.resolve("proof") + " cannot be written to"),
        terminal.toString());
    assertEquals(
        Path.of(System.getProperty("user.home"), "proof-of-anna"), answers.evidenceRoot().path());
  }

  @Test
  void aPastedFolderInQuotesIsTakenAndOneThatCanBeNoFolderIsAskedAgain() throws IOException {
    Path stick = Files.createDirectories(home.resolve("STICK"));
    Answers answers =
        answer(
            Language.EN, "yes", "", "anna@example.org", "", "", "proof\0", "\"" + stick + "\"", "");

    assertTrue(
        terminal.toString().contains("That is not a folder name: proof\0"), terminal.toString());
    assertEquals(stick, answers.evidenceRoot().path());
  }

  @Test
  void noAtTheLastQuestionBeginsNothing() {
    assertThrows(
        AssistSession.Declined.class,
        session(Language.DE, "ja", "", "anna@example.org", "", "", "", "nein")::run);
  }

  @Test
  void inputThatEndsBeforeTheLastAnswerBeginsNothing() {
    assertThrows(Dialogue.Ended.class, session(Language.DE, "ja", "1")::run);
  }
}
