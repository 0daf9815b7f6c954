package org.objectionhelper.flow;

import java.util.Optional;
import org.objectionhelper.browser.BrowserFailure;
import org.objectionhelper.browser.StopRequest;
import org.objectionhelper.evidence.EvidenceException;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.i18n.PageText;
import org.objectionhelper.page.FormChangedException;
import org.objectionhelper.page.NavigationRefusedException;
import org.objectionhelper.page.PageNeverLoadedException;
import org.objectionhelper.page.PageUnreachableException;
import org.objectionhelper.page.Poll;
import org.objectionhelper.profile.FormProfile;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.WebDriverException;

/**
 * Why a run on a form ended early: the exit code that names the cause, and the message for the
 * person.
 */
record Abort(ExitCode exitCode, String message) {

  /** The abort a failure means, or empty for a failure that is a bug of the tool. */
  static Optional<Abort> of(RuntimeException failure, FormProfile profile, Messages messages) {
    return of(failure, profile, messages, StopRequest.arrived());
  }

  /**
   * @param stopRequested whether Ctrl-C has asked the tool to stop: then any failure is its doing
   *     (a capture cut short may end in a NullPointerException), never an internal error
   */
  static Optional<Abort> of(
      RuntimeException failure, FormProfile profile, Messages messages, boolean stopRequested) {
    Abort abort;
    // Ctrl-C interrupts whatever the run was doing, a call to the browser as much as a wait.
    if (failure instanceof Poll.InterruptedWait
        || Thread.currentThread().isInterrupted()
        || stopRequested) {
      abort = new Abort(ExitCode.INTERRUPTED, messages.text("abort.interrupted"));
    } else if (failure instanceof ExitException e) {
      abort = new Abort(e.exitCode(), e.getMessage());
    } else if (failure instanceof NoSuchWindowException
        || failure instanceof NoSuchSessionException) {
      abort = new Abort(ExitCode.NOT_SENT, messages.text("abort.window.closed"));
    } else if (failure instanceof FormChangedException e) {
      String platform = profile.platform().id();
      abort =
          new Abort(
              ExitCode.FORM_CHANGED, messages.text("abort.form.changed", e.in(messages), platform));
    } else if (failure instanceof FieldTooShortException e) {
      abort =
          new Abort(
              ExitCode.FORM_CHANGED,
              messages.text("abort.form.limit", e.field(), e.accepted(), e.given()));
    } else if (failure instanceof NavigationRefusedException e) {
      abort = new Abort(ExitCode.FORM_CHANGED, messages.text("abort.navigation", e.getMessage()));
    } else if (failure instanceof PageUnreachableException e) {
      abort =
          new Abort(ExitCode.PAGE_UNREACHABLE, messages.text("abort.unreachable", e.getMessage()));
    } else if (failure instanceof PageNeverLoadedException e) {
      abort =
          new Abort(
              ExitCode.FORM_UNAVAILABLE,
              messages.text("abort.never.loaded", e.url(), e.waited().toSeconds()));
    } else if (failure instanceof EvidenceException e) {
      abort = new Abort(ExitCode.EVIDENCE_FAILED, e.getMessage());
    } else if (failure instanceof WebDriverException e && BrowserFailure.isPageState(e)) {
      abort =
          new Abort(
              ExitCode.FORM_CHANGED,
              messages.text("abort.page.unexpected", new PageText(BrowserFailure.summary(e))));
    } else if (failure instanceof WebDriverException e) {
      abort =
          new Abort(
              ExitCode.BROWSER_FAILED,
              messages.text("abort.browser", new PageText(BrowserFailure.summary(e))));
    } else {
      return Optional.empty();
    }
    return Optional.of(abort);
  }
}
