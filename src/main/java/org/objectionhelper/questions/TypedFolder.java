package org.objectionhelper.questions;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A folder as a person types or pastes it: Windows Explorer's "Copy as path" puts quotes around it
 * ({@code "D:\Nachweis"}), and {@code ~/proof} or {@code ~\proof} means the home folder, which a
 * shell would have expanded and Java does not.
 */
public final class TypedFolder {
  private TypedFolder() {}

  /** The folder meant, or empty where the text can be no folder name on this system. */
  public static Optional<Path> parse(String typed, Path home) {
    String text = unquoted(typed.strip());
    try {
      if (text.equals("~")) {
        return Optional.of(home);
      }
      if (text.startsWith("~/") || text.startsWith("~\\")) {
        return Optional.of(home.resolve(text.substring(2)));
      }
      return Optional.of(Path.of(text));
    } catch (InvalidPathException notAFolder) {
      return Optional.empty();
    }
  }

  private static String unquoted(String text) {
    boolean quoted =
        text.length() >= 2
            && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"));
    return quoted ? text.substring(1, text.length() - 1).strip() : text;
  }
}
