package org.objectionhelper.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * One run of a command as a test sees it: how it ended, what it printed for the person, what it
 * printed as errors, and what it logged (the logger writes to {@code System.err}, caught for the
 * run). Like JBang's {@code checkedRun}.
 */
record CommandRun(int exitCode, String out, String err, String log) {

  /** Runs {@code objection <args>}, built as {@link Main} builds it. */
  static CommandRun of(String... args) {
    return of(() -> ObjectionCommand.commandLine(args), args);
  }

  /**
   * Runs the command the supplier builds, for a test that builds it with its own input or watchers.
   * It is built once the log is caught: picocli sends error output to the {@code System.err} of the
   * moment a command line was built.
   */
  static CommandRun of(Supplier<CommandLine> newCommand, String... args) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      CommandLine command = newCommand.get();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      command.setOut(new PrintWriter(out, true));
      command.setErr(new PrintWriter(err, true));
      int exit = command.execute(args);
      return new CommandRun(
          exit, out.toString(), err.toString(), log.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(originalErr);
    }
  }

  /** Everything the run printed, for a failure message. */
  String printed() {
    return out + err + log;
  }
}
