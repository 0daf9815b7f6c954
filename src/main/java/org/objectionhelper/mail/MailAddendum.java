package org.objectionhelper.mail;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.objectionhelper.evidence.Addendum;

/**
 * A checked e-mail as an addendum to the evidence: the message exactly as the person saved it, the
 * key record it was checked with, and what the check found, for the addendum's manifest.
 */
public final class MailAddendum {
  public static final String KIND = "mail";
  public static final String MAIL_FILE = "mail.eml";
  public static final String KEY_FILE = "dkim-key.txt";

  /** The fact that holds the DKIM result, {@code pass}, {@code fail}, {@code no-signature}, ... */
  public static final String DKIM_FACT = "dkim";

  /** The fact that says whose signature holds: {@code meta}, {@code supplied-key}, ... */
  public static final String SIGNER_FACT = "dkim.signer";

  /** The fact that says where the kept key came from: {@code dns} or {@code supplied}. */
  public static final String KEY_ORIGIN_FACT = "dkim.key.origin";

  private MailAddendum() {}

  public static Addendum of(byte[] eml, MailCheck check) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("sender", check.sender());
    facts.put("date", check.date());
    facts.put("subject", check.subject());
    facts.put(DKIM_FACT, check.outcome().fact());
    facts.put("dkim.detail", check.detail());
    check.signingDomain().ifPresent(domain -> facts.put("dkim.domain", domain));
    facts.put(SIGNER_FACT, check.signer().fact());
    check
        .key()
        .ifPresent(
            key -> {
              facts.put("dkim.key", key.name() + " (" + key.source() + ")");
              facts.put(KEY_ORIGIN_FACT, key.origin().fact());
            });
    facts.put("confirmation", String.join("\n", check.confirmation()));
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(MAIL_FILE, eml);
    check
        .key()
        .ifPresent(
            key -> files.put(KEY_FILE, (key.text() + "\n").getBytes(StandardCharsets.UTF_8)));
    return new Addendum(KIND, facts, files);
  }
}
