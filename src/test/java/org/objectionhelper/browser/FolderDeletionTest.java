package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.time.FakeClock;

/**
 * A profile whose files a just-ended browser still holds, as on Windows, simulated by a deletion
 * that fails a while.
 */
class FolderDeletionTest {
  private static final String HELD =
      "The process cannot access the file because it is being used by another process";

  private static final FolderDeletion.Tree NEVER_RELEASED =
      folder -> {
        throw new FileSystemException(folder.toString(), null, HELD);
      };

  @TempDir Path temp;

  private final FakeClock clock = new FakeClock();

  @Test
  void triesAgainUntilTheBrowserHasReleasedItsFiles() throws Exception {
    Path browserProfile = Files.createDirectories(temp.resolve("profile/Default"));
    Files.writeString(browserProfile.resolve("Cookies"), "session");
    AtomicInteger attempts = new AtomicInteger();
    FolderDeletion.Tree releasedOnTheFourthTry =
        folder -> {
          if (attempts.incrementAndGet() < 4) {
            throw new FileSystemException(folder.resolve("Default/Cookies").toString(), null, HELD);
          }
          ThrowawayBrowserProfile.delete(folder);
        };

    Optional<IOException> left =
        new FolderDeletion(
                releasedOnTheFourthTry, Duration.ofSeconds(30), Duration.ofMillis(1), clock.time())
            .delete(temp.resolve("profile"));

    assertEquals(Optional.empty(), left);
    assertEquals(4, attempts.get());
    assertEquals(Duration.ofMillis(3), clock.elapsed());
    assertFalse(Files.exists(temp.resolve("profile")));
  }

  @Test
  void givesUpAfterItsPatienceAndReportsInsteadOfThrowing() throws Exception {
    Path browserProfile = Files.createDirectories(temp.resolve("profile"));
    AtomicInteger attempts = new AtomicInteger();
    FolderDeletion.Tree neverReleased =
        folder -> {
          attempts.incrementAndGet();
          NEVER_RELEASED.delete(folder);
        };

    Optional<IOException> left =
        new FolderDeletion(
                neverReleased, Duration.ofMillis(300), Duration.ofMillis(10), clock.time())
            .delete(browserProfile);

    assertTrue(left.orElseThrow().getMessage().contains(HELD));
    assertEquals(31, attempts.get(), "one at the start, one every 10 ms until 300 ms");
    assertEquals(Duration.ofMillis(300), clock.elapsed());
    assertTrue(Files.isDirectory(browserProfile), "left for the next start");
  }

  @Test
  void ctrlCWhileTheFilesAreHeldEndsTheRetriesAndReports() throws Exception {
    Path browserProfile = Files.createDirectories(temp.resolve("profile"));

    Optional<IOException> left =
        new FolderDeletion(
                NEVER_RELEASED,
                Duration.ofSeconds(2),
                Duration.ofMillis(50),
                clock.interruptedAsleep())
            .delete(browserProfile);

    assertTrue(left.orElseThrow().getMessage().contains(HELD));
    assertTrue(Thread.interrupted(), "the run still sees the interruption");
  }

  @Test
  void aFolderThatIsGoneAlreadyIsDeleted() {
    assertEquals(Optional.empty(), FolderDeletion.STANDARD.delete(temp.resolve("never-made")));
  }
}
