package org.objectionhelper.cli;

import org.objectionhelper.browser.BrowserStartException;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ExitException;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.ProfileException;
import org.objectionhelper.questions.Rejected;

/**
 * What stops a command before it gets to a form: input that cannot be used, an unusable profile, or
 * no browser. One line each.
 */
final class StartProblems {
  private StartProblems() {}

  /** The ending that says what is wrong, with the exit code for it. */
  static ExitException ending(RuntimeException problem, Messages messages) {
    if (problem instanceof Rejected rejected) {
      return new ExitException(
          ExitCode.BAD_INPUT, messages.text(rejected.key(), rejected.values()));
    }
    if (problem instanceof ProfileException) {
      return new ExitException(
          ExitCode.BAD_INPUT, messages.text("input.profile", problem.getMessage()));
    }
    if (problem instanceof BrowserStartException failure) {
      return new ExitException(
          ExitCode.BROWSER_FAILED, messages.text("error.browser.start", failure.text(messages)));
    }
    throw problem;
  }
}
