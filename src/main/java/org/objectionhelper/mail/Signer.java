package org.objectionhelper.mail;

import java.util.Locale;
import java.util.Optional;

/**
 * Whose signature a mail carries, as far as its DKIM check can tell; only {@link #META} is Meta's.
 */
public enum Signer {
  /**
   * A signature by one of Meta's mail domains, the domain of the mail's sender, holds against the
   * key that domain publishes in DNS.
   */
  META,
  /**
   * As {@link #META}, but the key was supplied by the person: it proves only that whoever holds
   * that key signed the mail, not that Meta did.
   */
  SUPPLIED_KEY,
  /** A signature holds, but by a domain that is not Meta's, or not the sender's. */
  NOT_META,
  /** No signature holds: nothing says who sent the mail. */
  UNPROVEN;

  static Signer of(
      DkimOutcome outcome, Optional<String> signingDomain, String fromDomain, KeyOrigin keys) {
    if (outcome != DkimOutcome.PASS) {
      return UNPROVEN;
    }
    String domain = signingDomain.orElse("");
    if (!MetaMailDomains.isMetas(domain) || !MetaMailDomains.aligned(fromDomain, domain)) {
      return NOT_META;
    }
    return keys == KeyOrigin.DNS ? META : SUPPLIED_KEY;
  }

  /** As an addendum's manifest records it: {@code meta}, {@code supplied-key}, ... */
  public String fact() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
