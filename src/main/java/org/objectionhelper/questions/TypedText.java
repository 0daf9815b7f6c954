package org.objectionhelper.questions;

import java.util.Optional;
import java.util.regex.Pattern;

/** Text a person typed or pasted, checked once: readable, and a reason that can be filed. */
public final class TypedText {
  public static final int MAX_REASON_LENGTH = 5000;
  private static final int QUOTED = 60;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

  private TypedText() {}

  /**
   * Text with U+FFFD came through a terminal or locale that could not carry it (LANG=C turns
   * "Grüße" into "Gr��e"): refused, rather than filed as garbage.
   */
  public static void readable(String option, String text) {
    if (text != null && text.indexOf('\uFFFD') >= 0) {
      throw new Rejected("input.unreadable", option, TerminalCharset.current().input());
    }
  }

  /**
   * An error quotes at most the start of what was given: a pasted page must not fill the terminal.
   */
  public static String excerpt(String text) {
    return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "… (" + text.length() + ")";
  }

  /** The reason as plain text, empty where the person gave none. */
  public static Optional<String> reason(String reason) {
    Optional<String> text =
        Optional.ofNullable(reason).map(String::strip).filter(r -> !r.isEmpty());
    if (text.isPresent() && CONTROL.matcher(text.get()).find()) {
      throw new Rejected("input.reason.control", "");
    }
    if (text.isPresent() && text.get().length() > MAX_REASON_LENGTH) {
      throw new Rejected("input.reason.length", String.valueOf(MAX_REASON_LENGTH));
    }
    return text;
  }
}
