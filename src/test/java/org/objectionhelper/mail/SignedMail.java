package org.objectionhelper.mail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.apache.james.jdkim.DKIMSigner;

/**
 * A confirmation e-mail like Meta's, DKIM-signed with a key made in the test run, and the key
 * record a DNS lookup would return for it: no real DNS, no internet.
 */
public final class SignedMail {
  public static final String DOMAIN = "facebookmail.com";
  public static final String SELECTOR = "test2026";

  private static final String MESSAGE =
      """
      From: Facebook <security@facebookmail.com>\r
      To: person@example.org\r
      Subject: =?UTF-8?Q?Widerspruch_gegen_die_Verwendung_deiner_Informationen_f=C3=BCr_KI_bei_Meta?=\r
      Date: Mon, 23 Nov 2026 10:17:44 +0000\r
      Message-ID: <test-1@facebookmail.com>\r
      MIME-Version: 1.0\r
      Content-Type: text/html; charset="UTF-8"\r
      Content-Transfer-Encoding: quoted-printable\r
      \r
      <html><body><p>Hallo,</p><p>wir haben deinen Widerspruch gepr=C3=BCft. Wir werden deinen=\r
       Widerspruch ber=C3=BCcksichtigen.</p><p>We will also honour your objection for any other accou=\r
      nts that you&#039;ve added to the same Accounts Centre as this account.</p></body></html>\r
      """;

  /** One key for all tests: making an RSA key takes a tenth of a second, and none changes it. */
  private static final KeyPair TEST_KEYS = newKeys();

  private final KeyPair keys;

  private SignedMail(KeyPair keys) {
    this.keys = keys;
  }

  /** Signed with the tests' own key. */
  public static SignedMail withTestKey() {
    return new SignedMail(TEST_KEYS);
  }

  /** Signed with a key made for it alone: another signer than {@link #withTestKey}. */
  public static SignedMail withNewKey() {
    return new SignedMail(newKeys());
  }

  private static KeyPair newKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The message with its DKIM-Signature header in front. */
  public String signed() {
    return signed(DOMAIN, "security@facebookmail.com");
  }

  /**
   * The message from {@code sender}, signed for {@code domain} with this key: what anyone can make
   * who publishes a key at their own domain.
   */
  public String signed(String domain, String sender) {
    String message = MESSAGE.replace("security@facebookmail.com", sender);
    try {
      DKIMSigner signer =
          new DKIMSigner(
              "v=1; a=rsa-sha256; c=relaxed/relaxed; d="
                  + domain
                  + "; s="
                  + SELECTOR
                  + "; h=from:to:subject:date:message-id; bh=; b=;",
              keys.getPrivate());
      String header =
          signer.sign(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
      return header + "\r\n" + message;
    } catch (Exception e) {
      throw new IllegalStateException("could not sign the test mail", e);
    }
  }

  /** A mail of {@code depth} multiparts, each inside the one before. */
  public static String nested(int depth) {
    StringBuilder mail =
        new StringBuilder(
            "From: security@facebookmail.com\r\nDate: Mon, 23 Nov 2026 10:17:44 +0000\r\n");
    for (int level = 0; level < depth; level++) {
      mail.append("Content-Type: multipart/mixed; boundary=\"b")
          .append(level)
          .append("\"\r\n\r\n--b")
          .append(level)
          .append("\r\n");
    }
    return mail.append("Content-Type: text/plain\r\n\r\nWe will honour your objection.\r\n")
        .toString();
  }

  /** The message as sent, without any signature. */
  public static String unsigned() {
    return MESSAGE;
  }

  /** The TXT record at {@code test2026._domainkey.facebookmail.com}. */
  public String keyRecord() {
    return "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
  }

  /**
   * A key lookup that answers for the test's selector only, as DNS would where this key is
   * published, at whichever domain signed.
   */
  public KeySource keys() {
    return new KeySource(
        (method, selector, domain) ->
            SELECTOR.contentEquals(selector) ? List.of(keyRecord()) : List.of(),
        "test DNS",
        KeyOrigin.DNS);
  }
}
