package org.objectionhelper.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The details page as the person last filled it, and what was refused, by field name: shown again
 * as typed, with the reasons beside the fields.
 *
 * @param reason the number of the reason chosen ({@link
 *     org.objectionhelper.questions.Questionnaire#reason})
 */
record DetailsForm(
    List<String> emails, int reason, String ownWords, String folder, Map<String, String> errors) {
  DetailsForm {
    emails = List.copyOf(emails);
    errors = new LinkedHashMap<>(errors);
  }

  static String emailField(int account) {
    return "email" + account;
  }
}
