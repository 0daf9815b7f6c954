package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** The help a person reads with --help comes in German on a German system, for every option. */
class GermanHelpTest {
  private final Locale before = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(before);
  }

  private static boolean hasText(ResourceBundle german, String command, String key) {
    // A text of several paragraphs has keys ending .0, .1, ...
    for (String candidate : List.of("objection." + command + "." + key, key)) {
      if (german.containsKey(candidate) || german.containsKey(candidate + ".0")) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyCommandAndEveryOptionHasAGermanText() {
    ResourceBundle german = ResourceBundle.getBundle("help", Locale.GERMAN);
    List<String> missing = new ArrayList<>();
    for (CommandLine command : ObjectionCommand.commandLine().getSubcommands().values()) {
      String name = command.getCommandName();
      if (!hasText(german, name, "usage.description.0")
          && !hasText(german, name, "usage.description")) {
        missing.add(name);
      }
      for (ArgSpec arg : command.getCommandSpec().args()) {
        if (!hasText(german, name, arg.descriptionKey())
            && !hasText(german, name, defaultKey(arg))) {
          missing.add(name + " " + arg.paramLabel());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  private static String defaultKey(ArgSpec arg) {
    return arg.isOption()
        ? ((CommandLine.Model.OptionSpec) arg).longestName().replaceFirst("^-+", "")
        : arg.paramLabel();
  }

  @Test
  void showsGermanHelpOnAGermanSystemAndEnglishOtherwise() {
    Locale.setDefault(Locale.GERMANY);
    String german = ObjectionCommand.commandLine().getSubcommands().get("file").getUsageMessage();
    Locale.setDefault(Locale.UK);
    String english = ObjectionCommand.commandLine().getSubcommands().get("file").getUsageMessage();

    assertTrue(german.contains("Die E-Mail-Adresse deines Kontos"), german);
    assertFalse(german.contains("The e-mail address of your account"), german);
    assertTrue(english.contains("The e-mail address of your account"), english);
  }
}
