package org.objectionhelper.cli;

import java.util.Optional;
import java.util.regex.Pattern;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.profile.FieldSpec;
import org.objectionhelper.profile.FormProfile;

/**
 * Checks what the person typed before any browser starts, and says in one line what is wrong.
 * Returns the key of a message, with its argument, so that each language can word it.
 */
final class RequestInput {
  static final int MAX_REASON_LENGTH = 5000;
  private static final int QUOTED = 60;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

  private RequestInput() {}

  /** Input that cannot be filed: a message key and the values it names. */
  static final class Rejected extends RuntimeException {
    private final Object[] values;

    Rejected(String key, Object... values) {
      super(key);
      this.values = values.clone();
    }

    String key() {
      return getMessage();
    }

    Object[] values() {
      return values.clone();
    }
  }

  /** Every field the form requires has a value: the third-party form needs a name, for one. */
  static void checkFits(ObjectionRequest request, FormProfile profile) {
    for (FieldSpec field : profile.fields().values()) {
      if (!field.optional() && request.value(field.role()).isEmpty()) {
        throw new Rejected("input.field.missing", field.role().option());
      }
    }
  }

  /**
   * Text with U+FFFD came through a terminal or locale that could not carry it (LANG=C turns
   * "Grüße" into "Gr��e"): refused, rather than filed as garbage.
   */
  static void readable(String option, String text) {
    if (text != null && text.indexOf('\uFFFD') >= 0) {
      throw new Rejected("input.unreadable", option, TerminalCharset.current().input());
    }
  }

  /**
   * An error quotes at most the start of what was given: a pasted page must not fill the terminal.
   */
  static String excerpt(String text) {
    return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "… (" + text.length() + ")";
  }

  /** The objection as typed: e-mail address, country and reason, each checked once. */
  static ObjectionRequest check(String email, String country, String reason) {
    readable("--reason", reason);
    return new ObjectionRequest(
        EmailAddress.parse(email).value(),
        CountryCode.parse(country).map(CountryCode::value),
        reason(reason));
  }

  /** The reason as plain text, empty where the person gave none. */
  static Optional<String> reason(String reason) {
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
