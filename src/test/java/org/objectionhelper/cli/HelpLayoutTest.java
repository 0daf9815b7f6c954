package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    List<String> broken = new ArrayList<>();
    for (Locale locale : List.of(Locale.UK, Locale.GERMANY)) {
      Locale.setDefault(locale);
      for (CommandLine command : commands()) {
        for (String paragraph : command.getCommandSpec().usageMessage().description()) {
          if (!paragraph.strip().matches("(?s).*[.)]")) {
            broken.add(locale + " " + command.getCommandName() + ": " + paragraph);
          }
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void noAddressIsBrokenAcrossLines() {
    List<String> broken = new ArrayList<>();
    for (Locale locale : List.of(Locale.UK, Locale.GERMANY)) {
      Locale.setDefault(locale);
      for (CommandLine command : commands()) {
        for (String line : command.getUsageMessage().split("\\R")) {
          if (line.matches(".*https?:/{0,2}")) {
            broken.add(locale + " " + command.getCommandName() + ": " + line);
          }
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  private static List<CommandLine> commands() {
    CommandLine objection = ObjectionCommand.commandLine();
    List<CommandLine> all = new ArrayList<>(List.of(objection));
    all.addAll(objection.getSubcommands().values());
    return all;
  }
}
