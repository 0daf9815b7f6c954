package org.objectionhelper.replica;

import java.time.Instant;
import java.util.List;
import org.objectionhelper.basics.Language;

/**
 * A request the replica's third-party-data form received and whose e-mail code was then confirmed.
 *
 * @param language the language of the form page it was sent from
 * @param country the ISO-2 code the country select sent
 * @param uploads the screenshots (or PDFs), in the order sent
 * @param wrongCodes how many wrong codes were typed before the right one
 */
public record DataSubjectRequest(
    Language language,
    String name,
    String email,
    String country,
    String prompt,
    List<Upload> uploads,
    int wrongCodes,
    Instant confirmedAt) {

  public DataSubjectRequest {
    uploads = List.copyOf(uploads);
  }
}
