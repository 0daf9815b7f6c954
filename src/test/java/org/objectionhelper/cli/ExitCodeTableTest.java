package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.objectionhelper.flow.ExitCode;

/** {@link ExitCode} is the one table of exit codes; README and the help must say the same. */
class ExitCodeTableTest {
  private static final Pattern README_ROW = Pattern.compile("^\\| (\\d+) \\| (.+) \\|$");
  private final Locale before = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(before);
  }

  @Test
  void readmeListsEveryExitCodeWithTheMeaningTheHelpGives() throws IOException {
    ResourceBundle english = ResourceBundle.getBundle("help", Locale.ROOT);
    List<String> expected =
        Arrays.stream(ExitCode.values())
            .map(code -> code.code() + " " + ExitCodeTable.meaning(english, code))
            .toList();
    assertEquals(expected, readmeTable());
  }

  @Test
  void helpListsEveryExitCodeWithItsMeaningInGermanAndEnglish() {
    for (Locale locale : List.of(Locale.UK, Locale.GERMANY)) {
      Locale.setDefault(locale);
      ResourceBundle texts = ResourceBundle.getBundle("help", locale);
      String help = oneLine(ObjectionCommand.commandLine().getUsageMessage());
      for (ExitCode code : ExitCode.values()) {
        String row = code.code() + " " + ExitCodeTable.meaning(texts, code);
        assertTrue(help.contains(row), locale + ": '" + row + "' not in " + help);
      }
    }
  }

  @Test
  void bothLanguagesHaveAMeaningForEveryCodeAndNoOther() throws IOException {
    List<String> keys =
        Arrays.stream(ExitCode.values()).map(ExitCode::meaningKey).sorted().toList();
    // Each file by itself: a bundle would fill a key missing in German from the English one.
    for (String file : List.of("/help.properties", "/help_de.properties")) {
      Properties texts = new Properties();
      try (InputStream in = ExitCodeTableTest.class.getResourceAsStream(file)) {
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      List<String> meanings =
          texts.stringPropertyNames().stream()
              .filter(key -> key.startsWith("exit."))
              .sorted()
              .toList();
      assertEquals(keys, meanings, file);
    }
  }

  /** The rows of README's exit-code table as "code meaning", without Markdown's backticks. */
  private static List<String> readmeTable() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    int start = lines.indexOf("### Exit codes");
    assertTrue(start >= 0, "README has no '### Exit codes' section");
    return lines.subList(start + 1, lines.size()).stream()
        .takeWhile(line -> !line.startsWith("#"))
        .map(README_ROW::matcher)
        .filter(Matcher::matches)
        .map(row -> row.group(1) + " " + row.group(2).replace("`", ""))
        .toList();
  }

  /** The help as one line: the table wraps long meanings. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
