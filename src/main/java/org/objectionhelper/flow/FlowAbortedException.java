package org.objectionhelper.flow;

import java.time.Duration;
import org.objectionhelper.i18n.Messages;

/** Ends a run early, with the exit code that names the cause and a message for the person. */
final class FlowAbortedException extends RuntimeException {
  private final ExitCode exitCode;

  FlowAbortedException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** A step only the person can do (a question, a code) was not done within {@code timeout}. */
  static FlowAbortedException pauseTimedOut(Messages messages, Duration timeout) {
    return new FlowAbortedException(
        ExitCode.NOT_SENT, messages.text("abort.pause.timeout", timeout));
  }

  ExitCode exitCode() {
    return exitCode;
  }
}
