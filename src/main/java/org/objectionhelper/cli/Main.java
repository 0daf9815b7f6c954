package org.objectionhelper.cli;

import java.nio.charset.Charset;
import org.objectionhelper.browser.SessionWarmUp;
import org.objectionhelper.questions.NearestCharacters;
import org.objectionhelper.questions.TerminalCharset;
import picocli.CommandLine;

/**
 * Entry point: {@code objection <command> ...}, or without a command the assistant in the browser;
 * see {@link ObjectionCommand}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    SessionWarmUp.begin();
    String[] arguments = ObjectionCommand.orWithoutCommand(args);
    CommandLine commandLine = ObjectionCommand.commandLine(arguments);
    Charset terminal = TerminalCharset.current().output();
    commandLine.setOut(NearestCharacters.printWriter(System.out, terminal));
    commandLine.setErr(NearestCharacters.printWriter(System.err, terminal));
    System.exit(commandLine.execute(arguments));
  }
}
