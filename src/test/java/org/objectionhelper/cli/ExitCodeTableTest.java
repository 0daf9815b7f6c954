package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.objectionhelper.flow.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@link ExitCode} is the one table of exit codes; README and the help must say the same, and a
 * help text names a code only by its variable.
 */
class ExitCodeTableTest {
  private static final Pattern README_ROW = Pattern.compile("^\\| (\\d+) \\| (.+) \\|$");

  /** A variable in picocli's syntax: {@code ${bundle:exit.form_changed.code}}. */
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{bundle:([^}]*)}");

  /** "exit", "Exit code", "Exit-Code": a text that speaks of exit codes. */
  private static final Pattern SPEAKS_OF_EXIT = Pattern.compile("(?i)\\bexit\\b");

  /**
   * Prose that names codes: "exit code 7", "exits 9 for ... and 11 for ...", "the exit code is 12".
   */
  private static final Pattern PROSE_CODE =
      Pattern.compile("(?i)\\bexit(?:s|\\s+code(?:\\s+is)?)?\\s+(\\d+)([^.]*)");

  private static final Pattern MORE_CODES =
      Pattern.compile("(?:,|\\band)\\s+(\\d+)\\s+(?:when|for|if)\\b");

  private static final List<String> HELP_FILES = List.of("/help.properties", "/help_de.properties");
  private final Locale before = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(before);
  }

  @Test
  void readmeListsEveryExitCodeWithTheMeaningTheHelpGives() throws IOException {
    ResourceBundle english = new HelpTexts(ResourceBundle.getBundle("help", Locale.ROOT));
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
      ResourceBundle texts = new HelpTexts(ResourceBundle.getBundle("help", locale));
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
    for (String file : HELP_FILES) {
      Properties texts = properties(file);
      List<String> meanings =
          texts.stringPropertyNames().stream()
              .filter(key -> key.startsWith("exit."))
              .sorted()
              .toList();
      assertEquals(keys, meanings, file);
    }
  }

  /**
   * A help text that speaks of exit codes, or is a code's meaning, writes no number: it names each
   * code by its variable, so that the number comes from {@link ExitCode} and the name says which
   * situation is meant. A variable that names no code fails here, as picocli would print "null".
   */
  @Test
  void helpTextsNameExitCodesByTheirVariablesNeverByNumber() throws IOException {
    Set<String> numberKeys =
        Arrays.stream(ExitCode.values()).map(HelpTexts::numberKey).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    rawHelpTexts()
        .forEach(
            (where, text) -> {
              Matcher variable = VARIABLE.matcher(text);
              while (variable.find()) {
                if (!numberKeys.contains(variable.group(1))) {
                  problems.add(where + ": " + variable.group() + " names no exit code");
                }
              }
              boolean aboutExitCodes =
                  where.contains(" exit.") || SPEAKS_OF_EXIT.matcher(text).find();
              if (aboutExitCodes && VARIABLE.matcher(text).replaceAll("").matches("(?s).*\\d.*")) {
                problems.add(where + ": a number written out: " + text);
              }
            });
    assertEquals(List.of(), problems);
  }

  @Test
  void helpShowsTheNumberOfEachCodeItNamesInGermanAndEnglish() {
    Map<Locale, String> said = Map.of(Locale.UK, "exit code ", Locale.GERMANY, "Exit-Code ");
    for (Locale locale : said.keySet()) {
      Locale.setDefault(locale);
      CommandLine objection = ObjectionCommand.commandLine();
      String verify = oneLine(objection.getSubcommands().get("verify").getUsageMessage());
      String expected = said.get(locale) + ExitCode.EVIDENCE_INVALID.code();
      assertTrue(verify.contains(expected), locale + ": '" + expected + "' not in " + verify);
      for (CommandLine command : withSubcommands(objection)) {
        String help = command.getUsageMessage();
        assertFalse(help.contains("${") || help.contains("null"), locale + ": " + help);
      }
    }
  }

  /** README and ARCHITECTURE cannot hold variables: each number they name must be a code. */
  @Test
  void readmeAndArchitectureNameOnlyExitCodesThatExist() throws IOException {
    Set<String> codes =
        Arrays.stream(ExitCode.values())
            .map(code -> String.valueOf(code.code()))
            .collect(Collectors.toSet());
    List<String> named = new ArrayList<>();
    for (Path document : List.of(Path.of("README.md"), Path.of("docs", "ARCHITECTURE.md"))) {
      Matcher mention = PROSE_CODE.matcher(Files.readString(document).replaceAll("\\s+", " "));
      while (mention.find()) {
        named.add(document + ": exit " + mention.group(1));
        Matcher more = MORE_CODES.matcher(mention.group(2));
        while (more.find()) {
          named.add(document + ": exit " + more.group(1));
        }
      }
    }
    assertFalse(named.isEmpty(), "no exit code found in README or ARCHITECTURE");
    assertEquals(
        List.of(),
        named.stream().filter(name -> !codes.contains(name.replaceAll(".* ", ""))).toList());
  }

  /**
   * Every help text as written, before any variable is filled in, by where it is: the English ones
   * in the annotations (the help without a bundle of its own, variables left as they are) and every
   * text of both help files.
   */
  private static Map<String, String> rawHelpTexts() throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    Locale.setDefault(Locale.ROOT);
    CommandLine objection = ObjectionCommand.commandLine();
    objection.setInterpolateVariables(false);
    for (CommandLine command : withSubcommands(objection)) {
      CommandSpec spec = command.getCommandSpec();
      String name = "@" + spec.qualifiedName();
      String[] description = spec.usageMessage().description();
      for (int i = 0; i < description.length; i++) {
        texts.put(name + " description " + i, description[i]);
      }
      for (ArgSpec arg : spec.args()) {
        String argument =
            arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
        texts.put(name + " " + argument, String.join(" ", arg.description()));
      }
    }
    for (String file : HELP_FILES) {
      Properties properties = properties(file);
      properties
          .stringPropertyNames()
          .forEach(key -> texts.put(file + " " + key, properties.getProperty(key)));
    }
    return texts;
  }

  private static List<CommandLine> withSubcommands(CommandLine objection) {
    List<CommandLine> all = new ArrayList<>(List.of(objection));
    all.addAll(objection.getSubcommands().values());
    return all;
  }

  /** One file by itself: a bundle would fill a key missing in German from the English one. */
  private static Properties properties(String file) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = ExitCodeTableTest.class.getResourceAsStream(file)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
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
