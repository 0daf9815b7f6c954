package org.objectionhelper.flow;

import java.util.Locale;

/**
 * What the process's exit code tells a script or a helper about how a run ended. This is the one
 * list of codes: {@code objection --help} prints it with each code's meaning from the help bundle
 * ({@code exit.<name>}), and a test holds README's table to it.
 */
public enum ExitCode {
  /**
   * The command did what it was asked: an objection sent and confirmed, a folder verified whole, a
   * mail or the Support Inbox kept, a form found as its profile describes it.
   */
  OK(0),
  INTERNAL_ERROR(1),
  BAD_INPUT(2),
  LOGIN_TIMEOUT(3),
  NOT_SENT(4),
  FORM_CHANGED(5),
  BROWSER_FAILED(6),
  EVIDENCE_FAILED(7),
  PAGE_UNREACHABLE(8),
  EVIDENCE_INVALID(9),
  /** Send was clicked, but the page's answer was not recognised as a confirmation. */
  SENT_UNCONFIRMED(10),
  /**
   * {@code verify}: every file is whole, but the run it records did not finish (the manifest says
   * why).
   */
  EVIDENCE_INCOMPLETE(11),
  /**
   * Every address of the form showed Meta's words that nothing is there (the form moved), its page
   * never finished loading, or no page showed the form within the login timeout.
   */
  FORM_UNAVAILABLE(12),
  /**
   * The request that left for Meta carried other values than the tool filled and showed (read from
   * the browser's record of it, not from the page).
   */
  SENT_OTHER_VALUES(13),
  /** The page sent the form by itself, without a click or key of the person's. */
  SENT_BY_PAGE(14),
  INTERRUPTED(130);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The key of this code's meaning in the help bundle, e.g. {@code exit.bad_input}. */
  public String meaningKey() {
    return "exit." + name().toLowerCase(Locale.ROOT);
  }
}
