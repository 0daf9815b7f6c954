package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** picocli wraps the help; the texts give it whole paragraphs and never a line of their own. */
class HelpLayoutTest {
  private final Locale before = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(before);
  }

  @Test
  void everyParagraphOfADescriptionEndsASentence() {
    assertEquals(
        List.of(),
        problems(
            command ->
                Stream.of(command.getCommandSpec().usageMessage().description())
                    .filter(paragraph -> !paragraph.strip().matches("(?s).*[.)]"))));
  }

  @Test
  void noAddressIsBrokenAcrossLines() {
    assertEquals(
        List.of(),
        problems(
            command ->
                Stream.of(command.getUsageMessage().split("\\R"))
                    .filter(line -> line.matches(".*https?:/{0,2}"))));
  }

  /** What the check finds in the help of every command, in English and in German. */
  private List<String> problems(Function<CommandLine, Stream<String>> check) {
    List<String> found = new ArrayList<>();
    for (Locale locale : List.of(Locale.UK, Locale.GERMANY)) {
      Locale.setDefault(locale);
      CommandLine objection = ObjectionCommand.commandLine();
      List<CommandLine> all = new ArrayList<>(List.of(objection));
      all.addAll(objection.getSubcommands().values());
      for (CommandLine command : all) {
        check
            .apply(command)
            .forEach(text -> found.add(locale + " " + command.getCommandName() + ": " + text));
      }
    }
    return found;
  }
}
