package org.objectionhelper.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A text file bundled with the tool (a script, the browser's preferences), read as UTF-8. */
public final class BundledText {
  private BundledText() {}

  /**
   * @param resource its absolute path in the bundle, e.g. {@code /page/find.js}
   * @throws IllegalStateException if the bundle lacks it, which is a broken build
   */
  public static String read(String resource) {
    try (InputStream in = BundledText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
