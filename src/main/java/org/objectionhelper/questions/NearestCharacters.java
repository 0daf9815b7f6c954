package org.objectionhelper.questions;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

/**
 * Writes each character the terminal's charset lacks as the nearest one it has: a Windows console's
 * cp850 has the umlauts but not the German quotes „“, which would otherwise print as "?".
 */
public final class NearestCharacters extends FilterWriter {
  private static final Map<Character, String> NEAREST =
      Map.of(
          '„', "\"", '“', "\"", '”', "\"", '‚', "'", '‘', "'", '’', "'", '…', "...", '–', "-", '—',
          "-");

  private final CharsetEncoder encoder;

  private NearestCharacters(Writer out, Charset charset) {
    super(out);
    this.encoder = charset.newEncoder();
  }

  /** A writer in {@code charset} that flushes at every line, as {@code System.out} does. */
  public static PrintWriter printWriter(OutputStream stream, Charset charset) {
    return new PrintWriter(
        new NearestCharacters(new OutputStreamWriter(stream, charset), charset), true);
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c), 0, 1);
  }

  @Override
  public void write(char[] text, int offset, int length) throws IOException {
    write(new String(text, offset, length), 0, length);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    StringBuilder shown = new StringBuilder(length);
    for (int i = offset; i < offset + length; i++) {
      char c = text.charAt(i);
      // Surrogates and what has no neighbour pass on: the encoder writes them as "?".
      shown.append(
          encoder.canEncode(c) ? String.valueOf(c) : NEAREST.getOrDefault(c, String.valueOf(c)));
    }
    out.write(shown.toString());
  }
}
