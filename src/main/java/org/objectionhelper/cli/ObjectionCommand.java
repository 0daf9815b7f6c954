package org.objectionhelper.cli;

import java.io.PrintWriter;
import org.objectionhelper.browser.StopRequest;
import org.objectionhelper.flow.ExitCode;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "objection",
    resourceBundle = "help",
    mixinStandardHelpOptions = true,
    versionProvider = ToolVersion.class,
    description = "Files Meta's objection (GDPR Art. 21) against the use of your data for AI training, with you in control and proof kept.",
    subcommands = {
      FileCommand.class,
      AssistCommand.class,
      DemoCommand.class,
      ProbeCommand.class,
      VerifyCommand.class,
      TemplatesCommand.class,
      DoctorCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0    sent and confirmed, evidence saved (verify: every file as the manifest lists it)",
      "  1    internal error",
      "  2    bad input (option, e-mail, country, reason, file to attach, folder or form profile)",
      "  3    nobody logged in before the login timeout",
      "  4    not sent: review timed out, the browser window was closed, or Meta answered Send with an error",
      "  5    the form changed: a field, the Send button or the confirmation was not found (see: objection probe),",
      "       the form limits a field's length, the browser left the form's hosts, or the page changed under",
      "       the tool's hand (an element went away or was covered)",
      "  6    the browser or its driver could not be started or stopped working",
      "  7    evidence could not be written",
      "  8    the form's page could not be loaded (no network, or the server is down)",
      "  9    verify: a file changed, is missing or not listed, or the manifest or timestamp is invalid",
      "  130  interrupted (Ctrl-C)"
    })
final class ObjectionCommand {

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new ObjectionCommand());
    commandLine.setParameterExceptionHandler(ObjectionCommand::badInput);
    commandLine.setExecutionExceptionHandler(
        (failure, line, parseResult) -> {
          if (StopRequest.arrived()) {
            // Ctrl-C cut something short: that is the interruption, not a fault of the tool.
            LoggerFactory.getLogger(ObjectionCommand.class).debug("failure after Ctrl-C", failure);
            return ExitCode.INTERRUPTED.code();
          }
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
