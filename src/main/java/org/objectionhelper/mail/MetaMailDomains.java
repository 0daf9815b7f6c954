package org.objectionhelper.mail;

import java.util.Locale;
import java.util.Set;

/**
 * The domains Meta says its mail comes from (its help centre, 2026), and so the only ones whose
 * DKIM signature can be Meta's.
 */
final class MetaMailDomains {
  private static final Set<String> DOMAINS =
      Set.of(
          "facebookmail.com",
          "facebook.com",
          "instagram.com",
          "fb.com",
          "meta.com",
          "metamail.com");

  private MetaMailDomains() {}

  /** One of Meta's mail domains, or a subdomain of one. */
  static boolean isMetas(String domain) {
    String name = normal(domain);
    return DOMAINS.stream().anyMatch(meta -> within(name, meta));
  }

  /**
   * Whether a signature by {@code signingDomain} speaks for the sender {@code fromDomain}: the
   * sender's domain is the signing domain or below it, as DMARC's relaxed alignment has it.
   */
  static boolean aligned(String fromDomain, String signingDomain) {
    return !normal(signingDomain).isEmpty() && within(normal(fromDomain), normal(signingDomain));
  }

  private static boolean within(String name, String domain) {
    return name.equals(domain) || name.endsWith("." + domain);
  }

  private static String normal(String domain) {
    return domain.strip().toLowerCase(Locale.ROOT);
  }
}
