package org.objectionhelper.mail;

import java.util.Objects;

/**
 * The DKIM key record a signature was checked with, kept beside the mail: Meta rotates its keys,
 * and a later reader can only repeat the check with the record as it was.
 *
 * @param name where it was looked up, {@code <selector>._domainkey.<domain>}
 * @param text the record as the lookup returned it ({@code v=DKIM1; k=rsa; p=...})
 * @param source where it came from: DNS, or the file the person named
 * @param origin whose key it is: the one DNS publishes, or one the person supplied
 */
public record KeyRecord(String name, String text, String source, KeyOrigin origin) {
  public KeyRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(origin, "origin");
  }
}
