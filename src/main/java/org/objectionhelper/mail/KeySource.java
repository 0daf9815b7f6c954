package org.objectionhelper.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.james.jdkim.api.PublicKeyRecordRetriever;
import org.apache.james.jdkim.impl.DNSPublicKeyRecordRetriever;

/**
 * Where the DKIM check gets the signing key: from DNS (dnsjava, through jDKIM), or from a record
 * the person kept, such as the {@code dkim-key.txt} an earlier {@code add-mail} saved; a mail whose
 * key was rotated since can only be checked that way.
 */
public record KeySource(PublicKeyRecordRetriever lookup, String name, KeyOrigin origin) {

  public static KeySource dns() {
    return new KeySource(new DNSPublicKeyRecordRetriever(), "DNS", KeyOrigin.DNS);
  }

  /**
   * @throws IOException if the file cannot be read
   */
  public static KeySource file(Path record) throws IOException {
    return kept(
        Files.readString(record, StandardCharsets.UTF_8), record.toString(), KeyOrigin.SUPPLIED);
  }

  /**
   * A record kept earlier, answered for whatever signature asks, from {@code origin} as it was
   * kept.
   */
  public static KeySource kept(String record, String name, KeyOrigin origin) {
    String text = record.strip();
    return new KeySource((method, selector, domain) -> List.of(text), name, origin);
  }

  /** No key at all: where none was kept, no signature can hold. */
  public static KeySource none(String name) {
    return new KeySource((method, selector, domain) -> List.of(), name, KeyOrigin.SUPPLIED);
  }
}
