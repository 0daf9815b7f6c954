package org.objectionhelper.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** For tests elsewhere: the throw-away profiles that exist right now. */
public final class ThrowawayBrowserProfiles {
  private ThrowawayBrowserProfiles() {}

  /** Those in {@code temp}, whoever owns them. */
  public static List<Path> in(Path temp) {
    try (Stream<Path> entries = Files.list(temp)) {
      return entries
          .filter(
              entry -> entry.getFileName().toString().startsWith(ThrowawayBrowserProfile.PREFIX))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Those in the system's temp folder that this test JVM made (other JVMs may run browsers too).
   */
  public static List<Path> ownedByThisProcess() {
    String owner = BrowserProfileOwner.current().marker();
    return in(Path.of(System.getProperty("java.io.tmpdir"))).stream()
        .filter(browserProfile -> owner.equals(markerOf(browserProfile)))
        .toList();
  }

  /** The browser the tool noted in the profile as the one it started there, if it noted one. */
  public static Optional<ProcessHandle> browserOf(Path browserProfile) {
    try {
      return BrowserProfileOwner.parse(
              Files.readString(
                  browserProfile.resolve(ThrowawayBrowserProfile.BROWSER_MARKER),
                  StandardCharsets.UTF_8))
          .flatMap(browser -> ProcessHandle.of(browser.pid()));
    } catch (IOException notNoted) {
      return Optional.empty();
    }
  }

  static String markerOf(Path browserProfile) {
    try {
      return Files.readString(
          browserProfile.resolve(ThrowawayBrowserProfile.OWNER_MARKER), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      return "";
    }
  }
}
