package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile whose files a just-ended browser still holds, as on Windows, simulated by a deletion
 * that fails a while.
 */
class FolderDeletionTest {
  private static final String HELD =
      "The process cannot access the file because it is being used by another process";

  @TempDir Path temp;

  @Test
  void triesAgainUntilTheBrowserHasReleasedItsFiles() throws Exception {
    Path profile = Files.createDirectories(temp.resolve("profile/Default"));
    Files.writeString(profile.resolve("Cookies"), "session");
    AtomicInteger attempts = new AtomicInteger();
    FolderDeletion.Tree releasedOnTheFourthTry =
        folder -> {
          if (attempts.incrementAndGet() < 4) {
            throw new FileSystemException(folder.resolve("Default/Cookies").toString(), null, HELD);
          }
          ThrowawayBrowserProfile.delete(folder);
        };

    Optional<IOException> left =
        new FolderDeletion(releasedOnTheFourthTry, Duration.ofSeconds(30), Duration.ofMillis(1))
            .delete(temp.resolve("profile"));

    assertEquals(Optional.empty(), left);
    assertEquals(4, attempts.get());
    assertFalse(Files.exists(temp.resolve("profile")));
  }

  @Test
  void givesUpAfterItsPatienceAndReportsInsteadOfThrowing() throws Exception {
    Path profile = Files.createDirectories(temp.resolve("profile"));
    FolderDeletion.Tree neverReleased =
        folder -> {
          throw new FileSystemException(folder.toString(), null, HELD);
        };
    Instant start = Instant.now();

    Optional<IOException> left =
        new FolderDeletion(neverReleased, Duration.ofMillis(300), Duration.ofMillis(10))
            .delete(profile);

    assertTrue(left.orElseThrow().getMessage().contains(HELD));
    assertTrue(
        Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(3)) < 0, "bounded");
    assertTrue(Files.isDirectory(profile), "left for the next start");
  }

  @Test
  void aFolderThatIsGoneAlreadyIsDeleted() {
    assertEquals(Optional.empty(), FolderDeletion.STANDARD.delete(temp.resolve("never-made")));
  }
}
