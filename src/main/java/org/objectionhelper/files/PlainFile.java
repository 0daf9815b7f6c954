package org.objectionhelper.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file the tool wrote into a folder, read only where it is still a plain file of that folder:
 * never through a link (which could lead to any file of the person's), never a pipe or a device
 * (which could keep the reader waiting), never from outside the folder.
 */
public final class PlainFile {

  private PlainFile() {}

  /**
   * @param name a name in {@code folder}, without a separator
   * @return the file's content, or empty where {@code name} is anything but a plain file inside
   *     {@code folder}
   * @throws IOException if the file cannot be read
   */
  public static Optional<byte[]> read(Path folder, String name) throws IOException {
    Path file = folder.resolve(name);
    if (!file.getParent().equals(folder)
        || FileKind.of(file) != FileKind.FILE
        || !file.toRealPath().startsWith(folder.toRealPath())) {
      return Optional.empty();
    }
    // Not following a link here too: one put in the file's place since the look above is refused.
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(in.readAllBytes());
    }
  }
}
