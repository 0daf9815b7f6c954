package org.objectionhelper.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, of bytes in memory or of a file read as a stream. */
public final class Sha256 {

  private Sha256() {}

  public static String of(byte[] content) {
    return HexFormat.of().formatHex(raw(content));
  }

  static byte[] raw(byte[] content) {
    return digest().digest(content);
  }

  /** Of a file, never through a link: where {@code file} is one, an {@link IOException}. */
  static String of(Path file) throws IOException {
    MessageDigest digest = digest();
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }
}
