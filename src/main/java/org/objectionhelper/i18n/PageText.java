package org.objectionhelper.i18n;

/**
 * Text a page wrote (a field's value, Meta's words, a label), as an argument of a message: said
 * with every character that could steer a terminal or reorder the line shown escaped ({@code
 * \u001B}, {@code \u202E}, {@code \n}), so that a page can neither clear the screen, nor start a
 * new line that looks like the tool's own, nor make one value read as another.
 */
public record PageText(String text) {

  /** The text as a message shows it. */
  public String shown() {
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> {
                  if (steers(c)) {
                    shown.append(String.format("\\u%04X", c));
                  } else {
                    shown.appendCodePoint(c);
                  }
                }
              }
            });
    return shown.toString();
  }

  /**
   * C0 and C1 controls, DEL, the line and paragraph separators, and the marks, embeddings,
   * overrides and isolates of bidirectional text.
   */
  private static boolean steers(int c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
