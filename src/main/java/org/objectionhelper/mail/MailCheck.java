package org.objectionhelper.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was found in one saved e-mail: who sent it, when, about what, whether its DKIM signature
 * holds and for which domain, and which of Meta's confirmation sentences it contains.
 *
 * @param signingDomain the {@code d=} of the signature that held, or of the first one tried
 * @param detail what the DKIM check said, in its own words (why it failed, which key was missing)
 * @param failure why the signature did not hold, where the outcome is {@link DkimOutcome#FAIL}
 * @param key the key record the signature was checked with, where one was found
 * @param signer whose signature holds: only {@link Signer#META} makes the mail Meta's
 */
public record MailCheck(
    String sender,
    String date,
    String subject,
    DkimOutcome outcome,
    Optional<String> signingDomain,
    String detail,
    Optional<DkimFailure> failure,
    Optional<KeyRecord> key,
    Signer signer,
    List<String> confirmation) {

  public MailCheck {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(signer, "signer");
    if (failure.isPresent() != (outcome == DkimOutcome.FAIL)) {
      throw new IllegalArgumentException("a failure is named exactly for a failed signature");
    }
    confirmation = List.copyOf(confirmation);
  }
}
