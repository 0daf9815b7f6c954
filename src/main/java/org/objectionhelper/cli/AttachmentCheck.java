package org.objectionhelper.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.objectionhelper.evidence.Sha256;
import org.objectionhelper.flow.Attachment;
import org.objectionhelper.questions.Rejected;

/**
 * Checks the files to upload before any browser starts: each exists, can be read, is an image (PNG,
 * JPEG, GIF, WebP) or a PDF by its first bytes, whatever its name says, and is no larger than the
 * form accepts. Its SHA-256 is taken here, from the very bytes checked.
 */
final class AttachmentCheck {
  private static final List<byte[]> SIGNATURES =
      List.of(
          new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
          new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff},
          ascii("GIF87a"),
          ascii("GIF89a"),
          ascii("%PDF-"));
  private static final byte[] RIFF = ascii("RIFF");
  private static final byte[] WEBP = ascii("WEBP");

  private AttachmentCheck() {}

  static List<Attachment> check(List<Path> files, long maxBytes) {
    return files.stream().map(file -> check(file, maxBytes)).toList();
  }

  private static Attachment check(Path given, long maxBytes) {
    Path file = given.toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new Rejected("input.attach.missing", given.toString());
    }
    byte[] content;
    try {
      if (Files.size(file) > maxBytes) {
        throw new Rejected("input.attach.size", given.toString(), megabytes(maxBytes));
      }
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new Rejected("input.attach.unreadable", given.toString());
    }
    if (!imageOrPdf(content)) {
      throw new Rejected("input.attach.type", given.toString());
    }
    return new Attachment(file, Sha256.of(content), content.length);
  }

  private static boolean imageOrPdf(byte[] content) {
    boolean webp = startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP);
    return webp || SIGNATURES.stream().anyMatch(signature -> startsWith(content, 0, signature));
  }

  private static boolean startsWith(byte[] content, int from, byte[] prefix) {
    return content.length >= from + prefix.length
        && Arrays.equals(content, from, from + prefix.length, prefix, 0, prefix.length);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace(".0 MB", " MB");
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
