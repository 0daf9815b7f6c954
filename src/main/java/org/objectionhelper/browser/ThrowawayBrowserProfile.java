package org.objectionhelper.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.objectionhelper.files.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A browser profile folder that lives for one run: cookies and the session of the person who logged
 * in go with it when it is deleted. A marker inside names the process that owns it, so that the
 * next start can delete what a crashed run left behind without touching a running one's.
 */
final class ThrowawayBrowserProfile {
  static final String PREFIX = "objection-helper-profile-";
  static final String OWNER_MARKER = "objection-helper-owner";

  /**
   * Names the browser the tool started on the profile itself, for systems that do not tell a
   * process's arguments.
   */
  static final String BROWSER_MARKER = "objection-helper-browser";

  private static final String SINGLETON_SOCKET = "SingletonSocket";
  private static final Pattern SINGLETON_FOLDER =
      Pattern.compile("(org\\.chromium\\.Chromium|com\\.google\\.Chrome)\\.\\w+");

  /** A folder without a marker may be one another instance is just creating. */
  private static final Duration UNMARKED_GRACE = Duration.ofMinutes(1);

  private static final Duration BROWSER_EXIT = Duration.ofSeconds(5);
  private static final Logger LOG = LoggerFactory.getLogger(ThrowawayBrowserProfile.class);

  private ThrowawayBrowserProfile() {}

  static Path create(Path temp) {
    Path folder = createFolder(temp);
    try {
      Files.writeString(
          folder.resolve(OWNER_MARKER),
          BrowserProfileOwner.current().marker(),
          StandardCharsets.UTF_8);
      return folder;
    } catch (IOException e) {
      delete(folder);
      throw new UncheckedIOException("could not mark the temporary browser profile " + folder, e);
    }
  }

  private static Path createFolder(Path temp) {
    try {
      return OwnerOnly.createTempDirectory(temp, PREFIX);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary browser profile", e);
    }
  }

  /**
   * Deletes the profiles in {@code temp} whose owning process has ended; returns what it deleted.
   */
  static List<Path> deleteLeftovers(Path temp) {
    return deleteLeftovers(temp, Clock.systemUTC());
  }

  /** As {@link #deleteLeftovers(Path)}, judging a folder's age by {@code clock}. */
  static List<Path> deleteLeftovers(Path temp, Clock clock) {
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> browserProfiles = Files.newDirectoryStream(temp, PREFIX + "*")) {
      for (Path browserProfile : browserProfiles) {
        if (Files.isDirectory(browserProfile) && isLeftover(browserProfile, clock)) {
          endBrowsersUsing(browserProfile);
          if (delete(browserProfile)) {
            leftovers.add(browserProfile);
          }
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
   * and no browser runs on it. One that cannot be read (another user's) is not this tool's to
   * judge.
   */
  private static boolean isLeftover(Path browserProfile, Clock clock) {
    try {
      Path marker = browserProfile.resolve(OWNER_MARKER);
      if (Files.isRegularFile(marker)) {
        return BrowserProfileOwner.parse(Files.readString(marker, StandardCharsets.UTF_8))
            .map(owner -> !owner.isAlive())
            .orElse(true);
      }
      Instant modified = Files.getLastModifiedTime(browserProfile).toInstant();
      return modified.isBefore(clock.instant().minus(UNMARKED_GRACE))
          && browsersUsing(browserProfile).findAny().isEmpty();
    } catch (IOException unreadable) {
      return false;
    }
  }

  /**
   * A browser of the crashed run may still be open on the profile, with the person logged in, and
   * its driver still ready to take commands.
   */
  private static void endBrowsersUsing(Path browserProfile) {
    browsersUsing(browserProfile)
        .forEach(
            browser -> {
              browser.destroy();
              browser
                  .onExit()
                  .completeOnTimeout(browser, BROWSER_EXIT.toMillis(), TimeUnit.MILLISECONDS)
                  .join();
            });
  }

  /**
   * The browser and the driver whose command line names the profile (the browser as its data, the
   * driver as the place of its log), where the system tells (Windows does not), and the browser the
   * marker names, with what it started.
   */
  private static Stream<ProcessHandle> browsersUsing(Path browserProfile) {
    String browser = "--user-data-dir=" + browserProfile.toAbsolutePath();
    String driver =
        "--log-path=" + browserProfile.toAbsolutePath().resolve(OwnSessionDriverService.LOG_FILE);
    Stream<ProcessHandle> byArguments =
        ProcessHandle.allProcesses()
            .filter(
                process ->
                    process
                        .info()
                        .arguments()
                        .map(Arrays::asList)
                        .map(args -> args.contains(browser) || args.contains(driver))
                        .orElse(false));
    Stream<ProcessHandle> recorded =
        recordedBrowser(browserProfile).stream()
            .flatMap(started -> Stream.concat(started.descendants(), Stream.of(started)));
    return Stream.concat(recorded, byArguments).distinct();
  }

  private static Optional<ProcessHandle> recordedBrowser(Path browserProfile) {
    try {
      return BrowserProfileOwner.parse(
              Files.readString(browserProfile.resolve(BROWSER_MARKER), StandardCharsets.UTF_8))
          .filter(BrowserProfileOwner::isAlive)
          .flatMap(browser -> ProcessHandle.of(browser.pid()));
    } catch (IOException notRecorded) {
      return Optional.empty();
    }
  }

  /** Notes the browser the tool started on the profile, so that it can be found after a crash. */
  static void recordBrowser(Path browserProfile, ProcessHandle browser) {
    try {
      Files.writeString(
          browserProfile.resolve(BROWSER_MARKER),
          BrowserProfileOwner.of(browser).marker(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      LOG.debug("could not note the browser in its profile {}", browserProfile, e);
    }
  }

  /**
   * Chromium and Chrome keep the socket that makes them one instance per profile in a folder of
   * their own in the temp folder, linked from the profile, and leave it behind when they are ended
   * rather than closed from their menu: it goes with the profile. Only a folder with the name they
   * give it is deleted, whatever the link says.
   */
  private static void deleteSingletonFolder(Path browserProfile) {
    try {
      Path folder = Files.readSymbolicLink(browserProfile.resolve(SINGLETON_SOCKET)).getParent();
      if (folder != null && SINGLETON_FOLDER.matcher(folder.getFileName().toString()).matches()) {
        FolderDeletion.STANDARD.delete(folder);
      }
    } catch (IOException | UnsupportedOperationException noSocketLink) {
      // Not started, or a system where the browser keeps no such link (Windows).
    }
  }

  /**
   * Deletes the profile, waiting briefly for a browser that has just ended to release its files;
   * never throws. What it cannot delete, the next start deletes as a leftover.
   *
   * @return whether the profile is gone
   */
  static boolean delete(Path folder) {
    deleteSingletonFolder(folder);
    Optional<IOException> held = FolderDeletion.STANDARD.delete(folder);
    held.ifPresent(
        failure ->
            LOG.info(
                "could not delete the temporary browser profile {} yet ({}); the next start deletes it",
                folder,
                failure.toString()));
    return held.isEmpty();
  }
}
