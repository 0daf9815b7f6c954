package org.objectionhelper.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * What the person types, decoded as their terminal sends it. A Windows console sends its code page
 * (cp850 or cp437 in a German or English one), not the system's default charset: "möchte" would
 * otherwise reach Meta and the evidence as "m”chte", and "zurück" would not be recognised.
 */
final class ConsoleInput {
  private ConsoleInput() {}

  static BufferedReader standardInput() {
    return reader(System.in, charset(Optional.ofNullable(System.console()).map(Console::charset), Charset.defaultCharset()));
  }

  /** The console's own charset where there is a console, else (input from a pipe or a file) the default. */
  static Charset charset(Optional<Charset> console, Charset fallback) {
    return console.orElse(fallback);
  }

  static BufferedReader reader(InputStream in, Charset charset) {
    return new BufferedReader(new InputStreamReader(in, charset));
  }
}
