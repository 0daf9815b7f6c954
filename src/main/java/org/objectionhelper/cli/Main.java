package org.objectionhelper.cli;

import java.nio.charset.Charset;
import org.objectionhelper.browser.SessionWarmUp;
import picocli.CommandLine;

/** Entry point: {@code objection <command> ...}; see {@link ObjectionCommand}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    SessionWarmUp.begin();
    CommandLine commandLine = ObjectionCommand.commandLine();
    Charset terminal = TerminalCharset.current().output();
    commandLine.setOut(NearestCharacters.printWriter(System.out, terminal));
    commandLine.setErr(NearestCharacters.printWriter(System.err, terminal));
    System.exit(commandLine.execute(args));
  }
}
