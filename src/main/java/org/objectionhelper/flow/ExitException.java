package org.objectionhelper.flow;

import java.time.Duration;
import org.objectionhelper.i18n.Messages;

/**
 * Ends a command, or one form's run, early: the exit code that names the cause and the message for
 * the person. Out of a command, the command line's one handler prints the message and ends with the
 * code; inside a filing, {@link Abort} makes it the form's {@link Outcome}, and the run goes on to
 * keep what evidence there is.
 */
public final class ExitException extends RuntimeException {
  private final ExitCode exitCode;

  public ExitException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** A step only the person can do (a question, a code) was not done within {@code timeout}. */
  static ExitException pauseTimedOut(Messages messages, Duration timeout) {
    return new ExitException(ExitCode.NOT_SENT, messages.text("abort.pause.timeout", timeout));
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
