package org.objectionhelper.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A browser profile folder that lives for one run: cookies and the session of the person who
 * logged in go with it when it is deleted.
 */
final class ThrowawayProfile {
  static final String PREFIX = "objection-helper-profile-";

  private ThrowawayProfile() {}

  static Path create() {
    try {
      return Files.createTempDirectory(
          PREFIX, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      return createWithoutPosix();
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary browser profile", e);
    }
  }

  private static Path createWithoutPosix() {
    try {
      return Files.createTempDirectory(PREFIX);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary browser profile", e);
    }
  }

  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure)
                throws IOException {
              Files.deleteIfExists(directory);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the temporary browser profile " + folder, e);
    }
  }
}
