package org.objectionhelper.mail;

import java.util.Locale;

/** Where the key a signature was checked with came from, and so whose word it is. */
public enum KeyOrigin {
  /** Looked up in DNS: the key the signing domain publishes. */
  DNS,
  /** A record the person supplied: not the domain's published key, whatever it says it is. */
  SUPPLIED;

  /** As an addendum's manifest records it: {@code dns}, {@code supplied}. */
  public String fact() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The origin a manifest records; anything else is the person's word, not DNS. */
  public static KeyOrigin ofFact(String fact) {
    return DNS.fact().equals(fact) ? DNS : SUPPLIED;
  }
}
