package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What a double-click runs: the launchers pass nothing, and the tool opens its browser assistant.
 */
class WithoutCommandTest {
  @Test
  void startingWithoutACommandRunsTheAssistantInTheBrowser() {
    String[] started = ObjectionCommand.orWithoutCommand(new String[0]);

    assertArrayEquals(new String[] {"assist", "--in-browser"}, started);
    CommandLine.ParseResult parsed = ObjectionCommand.commandLine().parseArgs(started);
    assertEquals("assist", parsed.subcommand().commandSpec().name());
    assertTrue(parsed.subcommand().hasMatchedOption("--in-browser"));
  }

  @Test
  void aCommandGivenIsRunAsGiven() {
    String[] given = {"verify", "some-folder"};

    assertArrayEquals(given, ObjectionCommand.orWithoutCommand(given));
  }
}
