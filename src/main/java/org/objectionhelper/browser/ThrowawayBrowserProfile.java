package org.objectionhelper.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A browser profile folder that lives for one run: cookies and the session of the person who
 * logged in go with it when it is deleted. A marker inside names the process that owns it, so that
 * the next start can delete what a crashed run left behind without touching a running one's.
 */
final class ThrowawayBrowserProfile {
  static final String PREFIX = "objection-helper-profile-";
  static final String OWNER_MARKER = "objection-helper-owner";
  /** A folder without a marker may be one another instance is just creating. */
  private static final Duration UNMARKED_GRACE = Duration.ofMinutes(1);

  private static final Duration BROWSER_EXIT = Duration.ofSeconds(5);
  private static final Logger LOG = LoggerFactory.getLogger(ThrowawayBrowserProfile.class);

  private ThrowawayBrowserProfile() {}

  static Path create(Path temp) {
    Path folder = createFolder(temp);
    try {
      Files.writeString(folder.resolve(OWNER_MARKER), BrowserProfileOwner.current().marker(), StandardCharsets.UTF_8);
      return folder;
    } catch (IOException e) {
      delete(folder);
      throw new UncheckedIOException("could not mark the temporary browser profile " + folder, e);
    }
  }

  private static Path createFolder(Path temp) {
    try {
      return Files.createTempDirectory(
          temp, PREFIX, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      return createWithoutPosix(temp);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary browser profile", e);
    }
  }

  private static Path createWithoutPosix(Path temp) {
    try {
      return Files.createTempDirectory(temp, PREFIX);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary browser profile", e);
    }
  }

  /** Deletes the profiles in {@code temp} whose owning process has ended; returns what it deleted. */
  static List<Path> deleteLeftovers(Path temp) {
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> profiles = Files.newDirectoryStream(temp, PREFIX + "*")) {
      for (Path profile : profiles) {
        if (Files.isDirectory(profile) && isLeftover(profile)) {
          endBrowsersUsing(profile);
          delete(profile);
          leftovers.add(profile);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      LOG.info("could not clean up every leftover browser profile: {}", e.getMessage());
    }
    if (!leftovers.isEmpty()) {
      LOG.info("deleted {} browser profile(s) left behind by an earlier run", leftovers.size());
    }
    return leftovers;
  }

  /**
   * A profile is left over when the process in its marker has ended. One without a marker (another
   * instance may be just creating it, or an older version made it) only when it is not brand new
   * and no browser runs on it. One that cannot be read (another user's) is not this tool's to judge.
   */
  private static boolean isLeftover(Path profile) {
    try {
      Path marker = profile.resolve(OWNER_MARKER);
      if (Files.isRegularFile(marker)) {
        return BrowserProfileOwner.parse(Files.readString(marker, StandardCharsets.UTF_8))
            .map(owner -> !owner.isAlive())
            .orElse(true);
      }
      Instant modified = Files.getLastModifiedTime(profile).toInstant();
      return modified.isBefore(Instant.now().minus(UNMARKED_GRACE)) && browsersUsing(profile).findAny().isEmpty();
    } catch (IOException unreadable) {
      return false;
    }
  }

  /**
   * A browser of the crashed run may still be open on the profile, with the person logged in, and
   * its driver still ready to take commands.
   */
  private static void endBrowsersUsing(Path profile) {
    browsersUsing(profile)
        .forEach(
            browser -> {
              browser.destroy();
              browser.onExit().completeOnTimeout(browser, BROWSER_EXIT.toMillis(), TimeUnit.MILLISECONDS).join();
            });
  }

  /** The browser names the profile as its data, the driver as the place of its log. */
  private static Stream<ProcessHandle> browsersUsing(Path profile) {
    String browser = "--user-data-dir=" + profile.toAbsolutePath();
    String driver = "--log-path=" + profile.toAbsolutePath().resolve(OwnSessionDriverService.LOG_FILE);
    return ProcessHandle.allProcesses()
        .filter(
            process ->
                process.info().arguments().map(Arrays::asList).map(args -> args.contains(browser) || args.contains(driver)).orElse(false));
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
