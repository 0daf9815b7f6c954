package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser the tool starts itself: how a failed start reads, and that closing leaves nothing running. */
class ChromiumProcessTest {
  private static final String PREFERENCES = "{}";

  @TempDir Path temp;

  @Test
  void aBrowserThatEndsAsItStartsIsReportedWithItsExitCodeAndLastWords() throws Exception {
    Path browser = Programs.script(temp, "chromium", "echo 'Missing X server or $DISPLAY' >&2; exit 3");
    Path profile = Files.createDirectory(temp.resolve("profile"));

    try (ChromiumProcess process = ChromiumProcess.start(browser, List.of(), profile, PREFERENCES)) {
      BrowserStartException failure =
          assertThrows(BrowserStartException.class, () -> process.debuggerAddress(Duration.ofSeconds(30)));

      assertTrue(failure.getMessage().contains("exit code 3"), failure.getMessage());
      assertTrue(failure.getMessage().contains("Missing X server or $DISPLAY"), failure.getMessage());
    }
  }

  @Test
  void aBrowserThatNeverOpensItsDevToolsIsGivenUpAndEnded() throws Exception {
    Path browser = Programs.script(temp, "chromium", "exec sleep 60");
    Path profile = Files.createDirectory(temp.resolve("profile"));
    ProcessHandle started;

    try (ChromiumProcess process = ChromiumProcess.start(browser, List.of(), profile, PREFERENCES)) {
      started = childRunning("sleep 60");
      BrowserStartException failure =
          assertThrows(BrowserStartException.class, () -> process.debuggerAddress(Duration.ofSeconds(1)));
      assertTrue(failure.getMessage().contains("did not open its DevTools within 1 s"), failure.getMessage());
    }

    started.onExit().join();
    assertFalse(started.isAlive());
  }

  /** The process this JVM started whose command line contains {@code text}. */
  private static ProcessHandle childRunning(String text) {
    return ProcessHandle.current()
        .children()
        .filter(child -> child.info().commandLine().orElse("").contains(text))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void closingEndsTheBrowserAndEveryProcessItStarted() throws Exception {
    Path chromium = ExecutableSearch.ofSystemPath().find(BrowserChoice.CHROMIUM.programs()).orElseThrow();
    Path profile = Files.createDirectory(temp.resolve("profile"));
    List<ProcessHandle> family;

    try (ChromiumProcess process =
        ChromiumProcess.start(chromium, List.of("--headless=new", "--disable-gpu", "--no-sandbox"), profile, PREFERENCES)) {
      assertTrue(process.debuggerAddress(Duration.ofSeconds(60)).startsWith("127.0.0.1:"));
      ProcessHandle browser = childRunning(profile.toString());
      family = Stream.concat(Stream.of(browser), browser.descendants()).toList();
      assertTrue(family.size() > 1, "the browser has started its helper processes: " + family);
    }

    family.forEach(member -> member.onExit().join());
    assertTrue(family.stream().noneMatch(ProcessHandle::isAlive));
  }
}
