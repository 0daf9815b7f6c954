package org.objectionhelper.cli;

import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.profile.FieldSpec;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.questions.EmailAddress;
import org.objectionhelper.questions.Rejected;
import org.objectionhelper.questions.TypedText;

/**
 * Checks what the person typed before any browser starts, and says in one line what is wrong
 * ({@link Rejected}: the key of a message, with its argument, so that each language can word it).
 */
final class RequestInput {
  private RequestInput() {}

  /** Every field the form requires has a value: the third-party form needs a name, for one. */
  static void checkFits(ObjectionRequest request, FormProfile profile) {
    for (FieldSpec field : profile.fields().values()) {
      if (!field.optional() && request.value(field.role()).isEmpty()) {
        throw new Rejected("input.field.missing", field.role().option());
      }
    }
  }

  /** The objection as typed: e-mail address, country and reason, each checked once. */
  static ObjectionRequest check(String email, String country, String reason) {
    TypedText.readable("--reason", reason);
    return new ObjectionRequest(
        EmailAddress.parse(email).value(),
        CountryCode.parse(country).map(CountryCode::value),
        TypedText.reason(reason));
  }
}
