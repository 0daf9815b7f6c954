package org.objectionhelper.browser;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.objectionhelper.time.Time;

/**
 * Deletes a folder and everything in it. On Windows a browser that has just ended still holds its
 * files for a moment and they cannot be deleted: the deletion is tried again until they are
 * released, for a bounded time, and what is then still held is reported, never thrown, so that a
 * filing that succeeded still ends as one.
 */
final class FolderDeletion {
  /** Deletes the folder's content and the folder, or fails on the first file it cannot delete. */
  interface Tree {
    void delete(Path folder) throws IOException;
  }

  /** Within the 5 seconds Windows gives a program whose console window is closed. */
  static final FolderDeletion STANDARD =
      new FolderDeletion(
          FolderDeletion::deleteTree, Duration.ofSeconds(2), Duration.ofMillis(50), Time.SYSTEM);

  private final Tree tree;
  private final Duration patience;
  private final Duration interval;
  private final Time time;

  FolderDeletion(Tree tree, Duration patience, Duration interval, Time time) {
    this.tree = tree;
    this.patience = patience;
    this.interval = interval;
    this.time = time;
  }

  /** Empty once the folder is gone; else why it is still there after the patience ran out. */
  Optional<IOException> delete(Path folder) {
    AtomicReference<IOException> held = new AtomicReference<>();
    try {
      if (time.until(patience, interval, () -> gone(folder, held)).isPresent()) {
        return Optional.empty();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.of(held.get());
  }

  /** Present once the folder is gone; else empty, with why in {@code held}. */
  private Optional<Path> gone(Path folder, AtomicReference<IOException> held) {
    try {
      if (Files.exists(folder)) {
        tree.delete(folder);
      }
      return Optional.of(folder);
    } catch (IOException e) {
      held.set(e);
      return Optional.empty();
    }
  }

  private static void deleteTree(Path folder) throws IOException {
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
            if (failure != null) {
              throw failure;
            }
            Files.deleteIfExists(directory);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
