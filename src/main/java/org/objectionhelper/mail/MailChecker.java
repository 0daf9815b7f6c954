package org.objectionhelper.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.Result;
import org.apache.james.jdkim.api.SignatureRecord;
import org.apache.james.jdkim.exceptions.FailException;
import org.apache.james.jdkim.exceptions.TempFailException;

/**
 * Checks a saved e-mail's DKIM signature with Apache jDKIM, keeping the key record it used, and
 * reads the mail for Meta's confirmation. The check decides nothing about the mail's fate: a mail
 * that fails or cannot be checked is kept all the same, and the outcome says which it was.
 */
public final class MailChecker {
  private final KeySource keys;

  public MailChecker(KeySource keys) {
    this.keys = keys;
  }

  /**
   * @throws TooDeeplyNestedException if its parts are nested deeper than any real mail's
   * @throws IOException if {@code eml} cannot be parsed as an e-mail at all
   */
  public MailCheck check(byte[] eml) throws IOException {
    MailText mail = MailText.of(eml);
    RecordingKeyLookup lookup = new RecordingKeyLookup(keys);
    DKIMVerifier verifier = new DKIMVerifier(lookup);
    DkimOutcome outcome;
    String detail;
    Optional<DkimFailure> failure = Optional.empty();
    try {
      List<SignatureRecord> held = verifier.verify(new ByteArrayInputStream(eml));
      outcome = held == null ? DkimOutcome.NO_SIGNATURE : DkimOutcome.PASS;
      detail = held == null ? "no DKIM-Signature header" : "signature holds";
    } catch (TempFailException e) {
      outcome = DkimOutcome.KEY_UNAVAILABLE;
      detail = "the signing key could not be looked up: " + e.getMessage();
    } catch (FailException e) {
      boolean noKey = lookup.last().isEmpty() && lookup.missing().isPresent();
      outcome = noKey ? DkimOutcome.KEY_NOT_FOUND : DkimOutcome.FAIL;
      failure = noKey ? Optional.empty() : Optional.of(DkimFailure.of(e.getMessage()));
      detail =
          noKey
              ? "no key record at " + lookup.missing().get() + " (" + keys.name() + ")"
              : e.getMessage();
    }
    Optional<String> signingDomain =
        signingDomain(verifier.getResults(), outcome, mail.senderDomain());
    return new MailCheck(
        mail.sender(),
        mail.date(),
        mail.subject(),
        outcome,
        signingDomain,
        detail,
        failure,
        lookup.last(),
        Signer.of(outcome, signingDomain, mail.senderDomain(), keys.origin()),
        ConfirmationPhrases.sentencesIn(mail.subject() + "\n" + mail.text()));
  }

  /**
   * The domain of the signature that speaks for the mail: of those that hold, one by Meta's mail
   * domain for the sender's, where there is one, since any relay may add its own; else the first.
   */
  private static Optional<String> signingDomain(
      List<Result> results, DkimOutcome outcome, String senderDomain) {
    List<String> domains =
        results.stream()
            .filter(result -> result.isSuccess() || outcome != DkimOutcome.PASS)
            .map(Result::getRecord)
            .filter(record -> record != null && record.getDToken() != null)
            .map(record -> record.getDToken().toString())
            .toList();
    return domains.stream()
        .filter(MetaMailDomains::isMetas)
        .filter(domain -> MetaMailDomains.aligned(senderDomain, domain))
        .findFirst()
        .or(() -> domains.stream().findFirst());
  }
}
