package org.objectionhelper.cli;

import java.io.PrintWriter;
import org.objectionhelper.flow.ExitCode;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "objection",
    mixinStandardHelpOptions = true,
    versionProvider = ToolVersion.class,
    description = "Files Meta's objection (GDPR Art. 21) against the use of your data for AI training, with you in control and proof kept.",
    subcommands = {FileCommand.class, DemoCommand.class, TemplatesCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0    sent and confirmed, evidence saved",
      "  1    internal error",
      "  2    bad input (option, e-mail, country, reason, file to attach, folder or form profile)",
      "  3    nobody logged in before the login timeout",
      "  4    not sent: review timed out, or the browser window was closed",
      "  5    the form changed: a field, the Send button or the confirmation was not found",
      "  6    the browser or its driver could not be started or stopped working",
      "  7    evidence could not be written",
      "  130  interrupted (Ctrl-C)"
    })
final class ObjectionCommand {

  static CommandLine commandLine() {
    SeleniumLogging.quiet();
    CommandLine commandLine = new CommandLine(new ObjectionCommand());
    commandLine.setParameterExceptionHandler(ObjectionCommand::badInput);
    commandLine.setExecutionExceptionHandler(
        (failure, line, parseResult) -> {
          LoggerFactory.getLogger(ObjectionCommand.class).debug("internal error", failure);
          line.getErr().println("Internal error: " + failure + " (run with -Dorg.slf4j.simpleLogger.defaultLogLevel=debug for details)");
          return ExitCode.INTERNAL_ERROR.code();
        });
    return commandLine;
  }

  private static int badInput(CommandLine.ParameterException failure, String[] args) {
    CommandLine line = failure.getCommandLine();
    PrintWriter err = line.getErr();
    err.println(failure.getMessage());
    err.println("See: " + line.getCommandSpec().qualifiedName() + " --help");
    return ExitCode.BAD_INPUT.code();
  }
}
