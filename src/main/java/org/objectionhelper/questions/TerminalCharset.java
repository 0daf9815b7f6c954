package org.objectionhelper.questions;

import java.io.Console;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Optional;

/**
 * The encodings of the terminal: what the person types is read in the console's own charset where
 * there is a console (a Windows console sends cp850 or cp437, not the system's cp1252), else in the
 * system's. Output goes in the console's charset too, else in the one the JVM found for standard
 * output. The launchers choose UTF-8 where the locale names none (LANG=C), so that "Grüße" arrives
 * intact.
 */
public record TerminalCharset(Charset input, Charset output) {

  public static TerminalCharset current() {
    return of(
        Optional.ofNullable(System.console()).map(Console::charset),
        Optional.ofNullable(
            System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"))),
        Charset.defaultCharset());
  }

  /**
   * @param console the charset of the process's console, if it has one
   * @param stdoutEncoding the charset name the JVM noted for standard output ({@code
   *     stdout.encoding}, before Java 19 {@code sun.stdout.encoding}: set where it is a console)
   * @param system the default charset
   */
  public static TerminalCharset of(
      Optional<Charset> console, Optional<String> stdoutEncoding, Charset system) {
    Charset output =
        console.or(() -> stdoutEncoding.flatMap(TerminalCharset::known)).orElse(system);
    return new TerminalCharset(console.orElse(system), output);
  }

  private static Optional<Charset> known(String name) {
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }
}
