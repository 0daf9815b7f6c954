package org.objectionhelper.questions;

import java.io.Console;
import java.nio.charset.Charset;

/**
 * The encoding of what the person types in the terminal: the console's own where there is one, else
 * the system's. The launchers choose UTF-8 where the locale names none (LANG=C), so that "Grüße"
 * arrives intact. The one place to teach other systems' consoles (Windows code pages).
 */
public final class TerminalCharset {
  private TerminalCharset() {}

  public static Charset current() {
    Console console = System.console();
    return console != null ? console.charset() : Charset.defaultCharset();
  }
}
