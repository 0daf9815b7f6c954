package org.objectionhelper.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.files.WriteFailure;

class MessagesTest {
  private static Set<String> keys(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  @Test
  void everyTextExistsInGermanAndInEnglish() throws IOException {
    assertEquals(keys("/messages_en.properties"), keys("/messages_de.properties"));
  }

  @Test
  void speaksThePersonsLanguageWithUmlautsAndArguments() {
    assertEquals(
        "Das Widerspruchsformular von Facebook wird im Browser geöffnet ...",
        Messages.of(Language.DE).text("flow.opening", "Facebook"));
    assertEquals(
        "Opening the Facebook objection form in the browser ...",
        Messages.of(Language.EN).text("flow.opening", "Facebook"));
  }

  /**
   * Every text goes through MessageFormat, where a single apostrophe quotes what follows: it must
   * be written twice, or the apostrophe and every placeholder after it are lost.
   */
  @ParameterizedTest
  @EnumSource(Language.class)
  void everyApostropheAndPlaceholderSurvivesFormatting(Language language) throws IOException {
    Properties texts = new Properties();
    String resource = "/messages_" + language.code() + ".properties";
    try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Object[] args = {1, 2, 3, 4};
    for (String key : texts.stringPropertyNames()) {
      String written = texts.getProperty(key);
      String shown = Messages.of(language).text(key, args);
      assertEquals(
          written.replace("''", "'").chars().filter(c -> c == '\'').count(),
          shown.chars().filter(c -> c == '\'').count(),
          key + ": " + shown);
      assertFalse(shown.matches("(?s).*\\{\\d.*"), key + ": " + shown);
    }
  }

  @Test
  void keepsApostrophesInEnglishTexts() {
    assertNotEquals(-1, Messages.of(Language.EN).text("demo.replica", "x").indexOf("Meta's"));
  }

  @Test
  void namesEachPlatformInThePersonsLanguage() {
    assertEquals(
        "Meta-KI (Daten von Dritten)", Messages.of(Language.DE).platformName(Platform.THIRD_PARTY));
    assertEquals(
        "Meta AI (third-party data)", Messages.of(Language.EN).platformName(Platform.THIRD_PARTY));
    assertEquals("Instagram", Messages.of(Language.DE).platformName(Platform.INSTAGRAM));
  }

  @Test
  void givesATextForARecordedValueOnlyWhereTheBundleHasOne() {
    assertEquals(
        Optional.of("NICHT gültig"),
        Messages.of(Language.DE).textIfAny("addendum.value.dkim.fail"));
    assertEquals(Optional.empty(), Messages.of(Language.DE).textIfAny("addendum.value.dkim.maybe"));
  }

  @Test
  void namesWhyAFileCouldNotBeWrittenInGermanWithoutTheSystemsEnglish() {
    Messages german = Messages.of(Language.DE);

    assertEquals(
        "Du hast keine Berechtigung, dort zu schreiben",
        german.text(WriteFailure.NO_PERMISSION.key(), "/x: Permission denied"));
    assertEquals("Der Datenträger ist voll", german.text(WriteFailure.DISK_FULL.key(), "x"));
    assertEquals(
        "Ein Teil des Pfads ist eine Datei, kein Ordner",
        german.text(WriteFailure.NOT_A_FOLDER.key(), "/x: Not a directory"));
    assertEquals(
        "Der Datenträger ist schreibgeschützt", german.text(WriteFailure.READ_ONLY.key(), "x"));
    assertEquals(
        "Das Betriebssystem meldet (in seinem Wortlaut): /x: Input/output error",
        german.text(WriteFailure.OTHER.key(), "/x: Input/output error"));
    assertEquals(
        "the disk is full", Messages.of(Language.EN).text(WriteFailure.DISK_FULL.key(), "x"));
  }
}
