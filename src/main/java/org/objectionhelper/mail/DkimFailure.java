package org.objectionhelper.mail;

import java.util.Locale;

/**
 * Why a DKIM signature did not hold, as a person is told it in their language; jDKIM's own words
 * stay in the addendum's manifest.
 */
public enum DkimFailure {
  /** The text of the mail is not the one that was signed. */
  BODY_CHANGED,
  /**
   * The signed headers (sender, date, subject, ...) do not match the signature: they were changed,
   * or another key signed (jDKIM cannot tell which).
   */
  HEADERS_MISMATCH,
  /** The signature's own dates do not fit: it expired, or was made in the future. */
  SIGNATURE_DATE,
  /** The key found does not fit the signature, or cannot be used. */
  KEY_UNUSABLE,
  /** The signature itself cannot be read or is of a kind no verifier accepts. */
  SIGNATURE_UNUSABLE;

  /**
   * jDKIM tells why only in the words of its exceptions' messages, which therefore are matched
   * here; a message it may word otherwise one day reads as {@link #SIGNATURE_UNUSABLE}.
   */
  static DkimFailure of(String jdkimMessage) {
    String message = String.valueOf(jdkimMessage).toLowerCase(Locale.ROOT);
    if (message.startsWith("computed bodyhash")) {
      return BODY_CHANGED;
    }
    if (message.startsWith("header signature does not verify")) {
      return HEADERS_MISMATCH;
    }
    if (message.startsWith("signature date")) {
      return SIGNATURE_DATE;
    }
    return message.contains("key") ? KEY_UNUSABLE : SIGNATURE_UNUSABLE;
  }
}
