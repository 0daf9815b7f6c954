package org.objectionhelper.replica;

/**
 * The awkward moments of the real site, each one switchable on the replica so that tests can show
 * the tool copes with them. Any combination may be on at once.
 */
public enum Quirk {
  /** Field names and CSS classes renamed, as when Meta regenerates its help-center form. */
  RENAMED_FIELDS,
  /** Label texts reworded, so that none of the profile's label locators matches any more. */
  REWORDED_LABELS,
  /** The reason first, then the e-mail, then the country. */
  REORDERED,
  /** The form sits in a same-origin iframe inside the help-center page. */
  IN_IFRAME,
  /** A cookie-consent dialog covers the page until the person chooses. */
  COOKIE_DIALOG,
  /** The form shows only several seconds after the page has loaded, as a script renders it. */
  SLOW,
  /** The login form shows only several seconds after the login page has loaded. */
  SLOW_LOGIN,
  /** Every Send is answered with a server error ("Something went wrong"). */
  REJECTS_SUBMIT,
  /** The reason field accepts at most {@link #REASON_LIMIT} characters. */
  LIMITS_REASON,
  /** Hostile: the page reloads as soon as the reason field gets the focus. */
  MOVES_ON_FOCUS,
  /**
   * Hostile: the page moves the focus into a frame of its own as soon as the reason field gets it.
   */
  STEALS_FOCUS,
  /**
   * A hostile page: its script puts another address into the e-mail field 1 s after it was typed
   * in.
   */
  CHANGES_EMAIL_AFTER_FILL;

  /** The address {@link #CHANGES_EMAIL_AFTER_FILL} puts in. */
  public static final String CHANGED_EMAIL = "someone.else@example.net";

  /** The reason length that {@link #LIMITS_REASON} allows. */
  public static final int REASON_LIMIT = 200;

  /** How long {@link #SLOW} and {@link #SLOW_LOGIN} keep a form hidden, in milliseconds. */
  static final int SLOW_MILLIS = 3000;
}
