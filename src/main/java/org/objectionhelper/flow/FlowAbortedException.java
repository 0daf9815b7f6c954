package org.objectionhelper.flow;

/** Ends a run early, with the exit code that names the cause and a message for the person. */
final class FlowAbortedException extends RuntimeException {
  private final ExitCode exitCode;

  FlowAbortedException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  ExitCode exitCode() {
    return exitCode;
  }
}
