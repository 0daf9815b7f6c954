package org.objectionhelper.cli;

import java.io.PrintWriter;
import org.objectionhelper.browser.BrowserStartException;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.ProfileException;

/**
 * What stops a command before it gets to a form: an unusable profile, or no browser. One line each.
 */
final class StartProblems {
  private StartProblems() {}

  /** Says what is wrong and returns the exit code for it. */
  static int report(RuntimeException problem, Messages messages, PrintWriter err) {
    if (problem instanceof ProfileException) {
      err.println(messages.text("input.profile", problem.getMessage()));
      return ExitCode.BAD_INPUT.code();
    }
    if (problem instanceof BrowserStartException failure) {
      err.println(messages.text("error.browser.start", failure.text(messages)));
      return ExitCode.BROWSER_FAILED.code();
    }
    throw problem;
  }
}
