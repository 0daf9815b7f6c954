package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.objectionhelper.basics.Language;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.FieldRole;
import picocli.CommandLine;

/** The roles are the one list: the command's options and the review's texts must follow them. */
class FieldRoleTest {
  @Test
  void everyRoleIsAnOptionOfTheFileCommand() {
    CommandLine file = ObjectionCommand.commandLine().getSubcommands().get("file");
    Set<String> options =
        file.getCommandSpec().options().stream()
            .flatMap(option -> Arrays.stream(option.names()))
            .collect(Collectors.toSet());
    for (FieldRole role : FieldRole.values()) {
      assertTrue(options.contains(role.option()), role + " has no option " + role.option());
    }
  }

  @Test
  void everyRoleIsShownAtReviewInBothLanguages() {
    for (Language language : Language.values()) {
      for (FieldRole role : FieldRole.values()) {
        String shown = Messages.of(language).text(role.messageKey(), "VALUE");
        assertTrue(shown.contains("VALUE"), language + " " + role.messageKey() + ": " + shown);
      }
    }
  }

  @Test
  void aProfileNamesEachRoleByItsKey() {
    for (FieldRole role : FieldRole.values()) {
      assertEquals(role, FieldRole.byKey(role.key()).orElseThrow());
    }
    assertTrue(FieldRole.byKey("e-mail").isEmpty());
  }
}
