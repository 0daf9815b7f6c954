package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.time.FakeClock;

/**
 * The browser the tool starts itself: how a failed start reads, and that closing leaves nothing
 * running.
 */
@Tag("browser")
class ChromiumProcessTest {
  private static final String PREFERENCES = "{}";

  @TempDir Path temp;

  @Test
  void aBrowserThatEndsAsItStartsIsReportedWithItsExitCodeAndLastWords() throws Exception {
    Path browser =
        Programs.script(temp, "chromium", "echo 'Missing X server or $DISPLAY' >&2; exit 3");
    Path browserProfile = Files.createDirectory(temp.resolve("profile"));

    try (ChromiumProcess process =
        ChromiumProcess.start(browser, List.of(), browserProfile, PREFERENCES)) {
      BrowserStartException failure =
          assertThrows(
              BrowserStartException.class, () -> process.debuggerAddress(Duration.ofSeconds(30)));

      assertTrue(failure.getMessage().contains("exit code 3"), failure.getMessage());
      assertTrue(
          failure.getMessage().contains("Missing X server or $DISPLAY"), failure.getMessage());
    }
  }

  @Test
  void aBrowserThatNeverOpensItsDevToolsIsGivenUpAndEndedWithWhatItStarted() throws Exception {
    Path browser = Programs.script(temp, "chromium", "sleep 60");
    Path browserProfile = Files.createDirectory(temp.resolve("profile"));
    List<ProcessHandle> family;

    try (ChromiumProcess process =
        ChromiumProcess.start(browser, List.of(), browserProfile, PREFERENCES)) {
      BrowserStartException failure =
          assertThrows(
              BrowserStartException.class, () -> process.debuggerAddress(Duration.ofSeconds(1)));
      assertTrue(
          failure.getMessage().contains("did not open its DevTools within 1 s"),
          failure.getMessage());
      ProcessHandle started = ChildProcesses.runningWith(browserProfile.toString()).get(0);
      family = Stream.concat(Stream.of(started), started.descendants()).toList();
      assertEquals(2, family.size(), "the script and the sleep it started: " + family);
    }

    assertTrue(family.stream().allMatch(ChromiumProcessTest::endsSoon), "still running: " + family);
  }

  @Test
  void theWaitForDevToolsEndsOnItsOwnClock() throws Exception {
    Path browser = Programs.script(temp, "chromium", "sleep 60");
    Path browserProfile = Files.createDirectory(temp.resolve("profile"));
    FakeClock clock = new FakeClock();

    try (ChromiumProcess process =
        ChromiumProcess.start(browser, List.of(), browserProfile, PREFERENCES, clock.time())) {
      BrowserStartException failure =
          assertThrows(
              BrowserStartException.class, () -> process.debuggerAddress(Duration.ofSeconds(30)));

      assertTrue(
          failure.getMessage().contains("did not open its DevTools within 30 s"),
          failure.getMessage());
      assertEquals(Duration.ofSeconds(30), clock.elapsed());
    }
  }

  @Test
  void stoppingTheToolWhileTheBrowserStartsEndsTheBrowserAndDeletesItsProfile() throws Exception {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process tool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                StartingBrowserMain.class.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<ProcessHandle> browser;
    Path browserProfile;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(tool.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertTrue(
          line != null && line.startsWith(StartingBrowserMain.STARTED), String.valueOf(line));
      browserProfile = Path.of(line.substring(StartingBrowserMain.STARTED.length()));
      browser =
          tool.descendants()
              .filter(p -> p.info().commandLine().orElse("").contains(browserProfile.toString()))
              .toList();
      assertFalse(browser.isEmpty(), "the browser runs");

      tool.destroy(); // SIGTERM, which runs the JVM's shutdown hooks as Ctrl-C does
      assertTrue(tool.waitFor(30, TimeUnit.SECONDS));
    } finally {
      tool.destroyForcibly();
    }

    assertTrue(
        browser.stream().allMatch(ChromiumProcessTest::endsSoon), "still running: " + browser);
    assertFalse(Files.exists(browserProfile), "the throw-away profile is deleted");
  }

  private static boolean endsSoon(ProcessHandle process) {
    try {
      process.onExit().get(30, TimeUnit.SECONDS);
      return true;
    } catch (TimeoutException stillRunning) {
      process.destroyForcibly();
      return false;
    } catch (InterruptedException | ExecutionException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void closingEndsTheBrowserAndEveryProcessItStarted() throws Exception {
    Path chromium =
        ExecutableSearch.ofSystemPath().find(BrowserChoice.CHROMIUM.programs()).orElseThrow();
    Path browserProfile = Files.createDirectory(temp.resolve("profile"));
    List<ProcessHandle> family;

    try (ChromiumProcess process =
        ChromiumProcess.start(
            chromium,
            List.of("--headless=new", "--disable-gpu", "--no-sandbox"),
            browserProfile,
            PREFERENCES)) {
      assertTrue(process.debuggerAddress(Duration.ofSeconds(60)).startsWith("127.0.0.1:"));
      ProcessHandle browser = ChildProcesses.runningWith(browserProfile.toString()).get(0);
      family = Stream.concat(Stream.of(browser), browser.descendants()).toList();
      assertTrue(family.size() > 1, "the browser has started its helper processes: " + family);
    }

    assertTrue(family.stream().allMatch(ChromiumProcessTest::endsSoon), "still running: " + family);
  }
}
