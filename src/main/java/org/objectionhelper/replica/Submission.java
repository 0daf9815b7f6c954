package org.objectionhelper.replica;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;

/**
 * An objection the replica site received, with the values exactly as the browser sent them.
 *
 * @param language the language of the form page the objection was sent from
 * @param email the address the replica took: of a repeated name the first, as many servers do
 * @param emailsSent every value the request carried under the e-mail field's name, in order
 * @param country the ISO-2 code the country select sent, or "" if none was chosen
 * @param reason the explanation, or "" if left empty
 * @param rawFields every posted field, hidden tokens included, in the order sent
 */
public record Submission(
    Platform platform,
    Language language,
    String email,
    List<String> emailsSent,
    String country,
    String reason,
    Map<String, String> rawFields,
    Instant receivedAt) {

  public Submission {
    emailsSent = List.copyOf(emailsSent);
    rawFields = Collections.unmodifiableMap(new LinkedHashMap<>(rawFields));
  }
}
