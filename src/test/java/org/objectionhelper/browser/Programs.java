package org.objectionhelper.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;

/** Stand-in programs in a folder that serves as PATH. */
final class Programs {
  private Programs() {}

  /** An executable script that prints {@code output} and exits with 0. */
  static Path install(Path folder, String name, String output) throws IOException {
    return script(folder, name, "echo '" + output + "'");
  }

  /** An executable shell script with the given body; tests that need one skip on Windows. */
  static Path script(Path folder, String name, String body) throws IOException {
    Assumptions.assumeFalse(
        System.getProperty("os.name").startsWith("Windows"), "stand-in programs are shell scripts");
    Path program = folder.resolve(name);
    Files.writeString(program, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
    return program;
  }

  static Path install(Path folder, String name) throws IOException {
    return install(folder, name, name);
  }
}
