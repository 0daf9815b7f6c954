package org.objectionhelper.mail;

import java.util.Locale;

/** What the DKIM check of a saved e-mail found, in the words a report uses for it. */
public enum DkimOutcome {
  /** A signature holds: the signing domain sent exactly these signed headers and this body. */
  PASS,
  /** The mail is signed, but no signature holds: a signed header or the body was changed. */
  FAIL,
  /** The mail carries no DKIM signature at all. */
  NO_SIGNATURE,
  /**
   * DNS has no key record for the signature (a retired key, or a network that answers no names);
   * nothing was decided.
   */
  KEY_NOT_FOUND,
  /**
   * The signing key could not be looked up (offline, or DNS did not answer); nothing was decided.
   */
  KEY_UNAVAILABLE;

  /** As an addendum's manifest records it: {@code pass}, {@code no-signature}, ... */
  public String fact() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
