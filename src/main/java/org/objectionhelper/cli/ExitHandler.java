package org.objectionhelper.cli;

import org.objectionhelper.browser.StopRequest;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ExitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How a command ends when it does not return: the one place where a failure becomes a message and
 * an exit code, never a stack trace. A command line that cannot be used is bad input; an {@link
 * ExitException} says its message and ends with its code; anything else is Ctrl-C's doing, or a
 * fault of the tool.
 */
final class ExitHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ExitHandler.class);

  /** Makes it the handler of {@code line} and of the subcommands it has by now. */
  static void installOn(CommandLine line) {
    ExitHandler handler = new ExitHandler();
    line.setParameterExceptionHandler(handler);
    line.setExecutionExceptionHandler(handler);
  }

  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    failure.getCommandLine().getErr().println(BadInputMessage.of(failure, args));
    return ExitCode.BAD_INPUT.code();
  }

  @Override
  public int handleExecutionException(Exception failure, CommandLine line, ParseResult parsed) {
    if (failure instanceof ExitException ending) {
      line.getErr().println(ending.getMessage());
      return ending.exitCode().code();
    }
    if (StopRequest.arrived()) {
      // Ctrl-C cut something short: that is the interruption, not a fault of the tool.
      LOG.debug("failure after Ctrl-C", failure);
      return ExitCode.INTERRUPTED.code();
    }
    LOG.debug("internal error", failure);
    line.getErr()
        .println(
            "Internal error: "
                + failure
                + " (run with -Dorg.slf4j.simpleLogger.defaultLogLevel=debug for details)");
    return ExitCode.INTERNAL_ERROR.code();
  }
}
