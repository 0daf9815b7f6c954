package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run that names its command builds that command alone, and the command is the same as in the
 * whole tree: its help, its texts, its handling of bad input.
 */
class OneCommandBuiltTest {
  @Test
  void aNamedCommandIsBuiltAloneAndReadsAsInTheWholeTree() {
    CommandLine whole = ObjectionCommand.commandLine();
    for (String name : whole.getSubcommands().keySet()) {
      CommandLine alone = ObjectionCommand.commandLine(new String[] {name, "--help"});

      assertEquals(Set.of(name), alone.getSubcommands().keySet());
      assertEquals(
          whole.getSubcommands().get(name).getUsageMessage(),
          alone.getSubcommands().get(name).getUsageMessage(),
          name);
    }
  }

  @Test
  void helpAMisspeltCommandAndNoCommandGetEveryCommand() {
    int all = ObjectionCommand.commandLine().getSubcommands().size();

    assertTrue(all >= 9, "commands: " + all);
    for (String[] args :
        new String[][] {{"--help"}, {"dmeo"}, {}, {"--lang", "de", "demo"}, {"-V"}}) {
      assertEquals(
          all, ObjectionCommand.commandLine(args).getSubcommands().size(), String.join(" ", args));
    }
  }

  @Test
  void badInputToACommandBuiltAloneIsStillExitTwoWithoutATrace() {
    CommandRun run = CommandRun.of("demo", "--login-timeout", "soon");

    assertEquals(2, run.exitCode(), run.printed());
    assertTrue(run.err().contains("--login-timeout"), run.err());
    assertTrue(run.err().contains("See: objection demo --help"), run.err());
    assertTrue(!run.printed().contains("at org."), run.printed());
  }
}
