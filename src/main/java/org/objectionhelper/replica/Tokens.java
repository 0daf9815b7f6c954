package org.objectionhelper.replica;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Random values of the kinds Meta's pages carry: secret tokens and generated element ids. */
final class Tokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ID_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private Tokens() {}

  /** An unguessable token for a session cookie or an {@code lsd} field. */
  static String secret() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A six-digit code like the one Meta sends by e-mail. */
  static String code() {
    return String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
  }

  /** An element id like React's on Meta's pages ({@code u_0_3_Kq}), different on every load. */
  static String elementId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder id = new StringBuilder("u_0_").append(random.nextInt(10)).append('_');
    for (int i = 0; i < 2; i++) {
      id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
    }
    return id.toString();
  }
}
