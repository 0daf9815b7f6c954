package org.objectionhelper.files;

import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Named pipes for tests, made by {@code mkfifo}; a test without one is skipped with the reason. */
public final class Fifos {
  private Fifos() {}

  public static Path make(Path path) throws IOException, InterruptedException {
    Process mkfifo;
    try {
      mkfifo =
          new ProcessBuilder("mkfifo", path.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException noMkfifo) {
      return abort("this system has no mkfifo to make a named pipe with");
    }
    assumeTrue(
        mkfifo.waitFor() == 0 && Files.exists(path),
        "mkfifo could not make a named pipe at " + path);
    return path;
  }
}
