package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which leftover profiles a start deletes, and which it must leave alone. */
class ThrowawayBrowserProfileTest {
  @TempDir Path temp;

  @Test
  void marksANewProfileWithTheProcessThatOwnsIt() {
    Path browserProfile = ThrowawayBrowserProfile.create(temp);

    assertEquals(
        BrowserProfileOwner.current().marker(), ThrowawayBrowserProfiles.markerOf(browserProfile));
    assertEquals(
        BrowserProfileOwner.current(),
        BrowserProfileOwner.parse(ThrowawayBrowserProfiles.markerOf(browserProfile)).orElseThrow());
  }

  @Test
  void theBrowsersFolderForItsSocketGoesWithTheProfile() throws Exception {
    Path browserProfile = ThrowawayBrowserProfile.create(temp);
    Path singleton = Files.createDirectory(temp.resolve("org.chromium.Chromium.x1Y2z3"));
    Files.createFile(singleton.resolve("SingletonSocket"));
    Files.createSymbolicLink(
        browserProfile.resolve("SingletonSocket"), singleton.resolve("SingletonSocket"));

    assertTrue(ThrowawayBrowserProfile.delete(browserProfile));

    assertFalse(Files.exists(singleton));
    assertFalse(Files.exists(browserProfile));
  }

  @Test
  void aSocketLinkToAFolderOfAnotherNameLeavesThatFolderAlone() throws Exception {
    Path browserProfile = ThrowawayBrowserProfile.create(temp);
    Path other = Files.createDirectory(temp.resolve("photos"));
    Files.createFile(other.resolve("SingletonSocket"));
    Files.createSymbolicLink(
        browserProfile.resolve("SingletonSocket"), other.resolve("SingletonSocket"));

    assertTrue(ThrowawayBrowserProfile.delete(browserProfile));

    assertTrue(Files.exists(other.resolve("SingletonSocket")));
    assertFalse(Files.exists(browserProfile));
  }

  @Test
  void deletesAProfileWhoseOwnerHasEnded() throws Exception {
    Process ended = new ProcessBuilder(java(), "-version").start();
    ended.waitFor();
    Path browserProfile = ThrowawayBrowserProfile.create(temp);
    Files.writeString(
        browserProfile.resolve(ThrowawayBrowserProfile.OWNER_MARKER),
        String.valueOf(ended.pid()),
        StandardCharsets.UTF_8);
    Files.writeString(browserProfile.resolve("Cookies"), "session of the person");

    assertEquals(List.of(browserProfile), ThrowawayBrowserProfile.deleteLeftovers(temp));
    assertEquals(List.of(), ThrowawayBrowserProfiles.in(temp));
  }

  @Test
  void endsTheBrowserNotedInALeftoverProfileWithoutReadingItsCommandLine() throws Exception {
    Process ended = new ProcessBuilder(java(), "-version").start();
    ended.waitFor();
    Process browser =
        new ProcessBuilder(
                java(), "-cp", System.getProperty("java.class.path"), WaitingMain.class.getName())
            .start();
    try {
      Path browserProfile = ThrowawayBrowserProfile.create(temp);
      Files.writeString(
          browserProfile.resolve(ThrowawayBrowserProfile.OWNER_MARKER),
          String.valueOf(ended.pid()),
          StandardCharsets.UTF_8);
      ThrowawayBrowserProfile.recordBrowser(browserProfile, browser.toHandle());

      assertEquals(List.of(browserProfile), ThrowawayBrowserProfile.deleteLeftovers(temp));
      assertTrue(browser.waitFor(30, TimeUnit.SECONDS), "the crashed run's browser was ended");
    } finally {
      browser.destroyForcibly();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void keepsTheProfileOfARunningInstance() {
    Path running = ThrowawayBrowserProfile.create(temp);

    assertEquals(List.of(), ThrowawayBrowserProfile.deleteLeftovers(temp));
    assertTrue(Files.isDirectory(running));
  }

  @Test
  void treatsAProcessWithTheSameIdButAnotherStartAsANewOwner() throws IOException {
    Path browserProfile = ThrowawayBrowserProfile.create(temp);
    BrowserProfileOwner self = BrowserProfileOwner.current();
    String reused = self.pid() + " " + self.started().orElseThrow().minus(Duration.ofDays(1));
    Files.writeString(
        browserProfile.resolve(ThrowawayBrowserProfile.OWNER_MARKER),
        reused,
        StandardCharsets.UTF_8);

    assertEquals(List.of(browserProfile), ThrowawayBrowserProfile.deleteLeftovers(temp));
  }

  @Test
  void leavesAnUnmarkedProfileAloneWhileItIsNewAndDeletesItOnceItIsOld() throws IOException {
    Path unmarked =
        Files.createDirectory(temp.resolve(ThrowawayBrowserProfile.PREFIX + "unmarked"));

    // The folder's own time stands for "now": no reading of this machine's clock.
    Clock now = Clock.fixed(Files.getLastModifiedTime(unmarked).toInstant(), ZoneOffset.UTC);
    assertEquals(List.of(), ThrowawayBrowserProfile.deleteLeftovers(temp, now));

    Files.setLastModifiedTime(unmarked, FileTime.from(now.instant().minus(Duration.ofMinutes(5))));
    assertEquals(List.of(unmarked), ThrowawayBrowserProfile.deleteLeftovers(temp, now));
  }

  @Test
  void leavesOtherFoldersInTheTempFolderAlone() throws IOException {
    Path other = Files.createDirectory(temp.resolve("someone-elses-folder"));
    Clock now = Clock.fixed(Files.getLastModifiedTime(other).toInstant(), ZoneOffset.UTC);
    Files.setLastModifiedTime(other, FileTime.from(now.instant().minus(Duration.ofDays(5))));

    assertEquals(List.of(), ThrowawayBrowserProfile.deleteLeftovers(temp, now));
    assertTrue(Files.isDirectory(other));
  }
}
