package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The commands around assisted filing, run as a person would run them, without a browser. */
class AssistAndTemplatesCommandTest {
  @Test
  void templatesListsEveryBundledReasonInBothLanguages() {
    CommandRun run = CommandRun.of("templates");

    assertEquals(0, run.exitCode(), run.printed());
    String listed = run.out();
    for (String line :
        new String[] {
          "sample",
          "privacy",
          "author",
          "  de: Aus Datenschutzgründen",
          "  en: As the author of my content"
        }) {
      assertTrue(listed.contains(line), line + " in\n" + listed);
    }
  }

  @Test
  void assistIsACommandOfItsOwnAndSpeaksGermanByDefault() {
    Supplier<CommandLine> command =
        () ->
            new CommandLine(
                new AssistCommand(
                    new BufferedReader(new StringReader("nein\n")), UnaryOperator.identity()));

    CommandRun run = CommandRun.of(command, "--headless");

    assertEquals(4, run.exitCode(), run.printed());
    assertTrue(run.out().contains("Bist du damit einverstanden?"), run.out());
    assertTrue(
        run.out()
            .strip()
            .endsWith("Es ist nichts geschehen, und nichts von dir wurde gespeichert."),
        run.out());
    assertEquals(
        AssistCommand.class,
        ObjectionCommand.commandLine().getSubcommands().get("assist").getCommand().getClass());
  }

  @Test
  void assistEndsWithoutABrowserWhenTheInputEnds() {
    Supplier<CommandLine> command =
        () ->
            new CommandLine(
                new AssistCommand(
                    new BufferedReader(new StringReader("yes\n3\n")), UnaryOperator.identity()));

    CommandRun run = CommandRun.of(command, "--lang", "en", "--headless");

    assertEquals(4, run.exitCode(), run.printed());
    assertTrue(
        run.out().strip().endsWith("The questions were not finished, so nothing was done."),
        run.out());
  }
}
