package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The commands around assisted filing, run as a person would run them, without a browser. */
class AssistAndTemplatesCommandTest {
  private final StringWriter out = new StringWriter();

  private int run(CommandLine command, String... args) {
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(out, true));
    return command.execute(args);
  }

  @Test
  void templatesListsEveryBundledReasonInBothLanguages() {
    int exit = run(ObjectionCommand.commandLine(), "templates");

    assertEquals(0, exit);
    String listed = out.toString();
    for (String line : new String[] {"sample", "privacy", "author", "  de: Aus Datenschutzgründen", "  en: As the author of my content"}) {
      assertTrue(listed.contains(line), line + " in\n" + listed);
    }
  }

  @Test
  void assistIsACommandOfItsOwnAndSpeaksGermanByDefault() {
    CommandLine command = new CommandLine(new AssistCommand(new BufferedReader(new StringReader("nein\n")), UnaryOperator.identity()));

    int exit = run(command, "--headless");

    assertEquals(4, exit);
    assertTrue(out.toString().contains("Bist du damit einverstanden?"), out.toString());
    assertTrue(out.toString().strip().endsWith("Es ist nichts geschehen, und nichts von dir wurde gespeichert."), out.toString());
    assertEquals(AssistCommand.class, ObjectionCommand.commandLine().getSubcommands().get("assist").getCommand().getClass());
  }

  @Test
  void assistEndsWithoutABrowserWhenTheInputEnds() {
    CommandLine command = new CommandLine(new AssistCommand(new BufferedReader(new StringReader("yes\n3\n")), UnaryOperator.identity()));

    int exit = run(command, "--lang", "en", "--headless");

    assertEquals(4, exit);
    assertTrue(out.toString().strip().endsWith("The questions were not finished, so nothing was done."), out.toString());
  }
}
