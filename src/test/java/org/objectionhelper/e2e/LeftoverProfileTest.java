package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.browser.ThrowawayBrowserProfiles;

/** A run that is killed mid-flow leaves its browser profile behind; the next start removes it. */
@Tag("browser")
class LeftoverProfileTest {
  @TempDir Path temp;
  @TempDir Path evidence;
  private final List<ProcessHandle> started = new ArrayList<>();

  @Test
  @Timeout(180)
  void nextStartDeletesTheProfileOfARunThatWasKilledMidFlowAndEndsItsBrowserAndDriver()
      throws Exception {
    Process crashing = child("wait-at-login", evidence.toString());
    Path browserProfile =
        Path.of(
            firstLineStartingWith(crashing, InterruptedRunMain.WAITING)
                .substring(InterruptedRunMain.WAITING.length()));
    assertEquals(List.of(browserProfile), ThrowawayBrowserProfiles.in(temp));
    List<ProcessHandle> browser = crashing.descendants().toList();
    started.addAll(browser);
    ProcessHandle noted = ThrowawayBrowserProfiles.browserOf(browserProfile).orElseThrow();

    crashing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertTrue(Files.isDirectory(browserProfile), "a killed run cannot clean up after itself");

    Process next = child("start-and-close");
    assertEquals(InterruptedRunMain.CLOSED, firstLineStartingWith(next, InterruptedRunMain.CLOSED));
    assertEquals(0, next.waitFor());

    assertFalse(Files.exists(browserProfile));
    assertEquals(List.of(), ThrowawayBrowserProfiles.in(temp));
    List<String> left =
        browser.stream()
            .filter(
                process ->
                    process.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join() == null)
            .map(process -> process.info().commandLine().orElse(String.valueOf(process.pid())))
            .toList();
    assertEquals(List.of(), left, "the browser or the driver of the killed run still runs");
    assertFalse(
        noted.isAlive(),
        "the browser noted in the profile still runs (what counts where arguments are not told, as on Windows)");
  }

  /** A killed JVM leaves its chromedriver running: end what the children started. */
  @AfterEach
  void endWhatTheChildrenLeft() {
    started.forEach(ProcessHandle::destroyForcibly);
  }

  private Process child(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.io.tmpdir=" + temp);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(InterruptedRunMain.class.getName());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    started.add(process.toHandle());
    return process;
  }

  private static String firstLineStartingWith(Process process, String start) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(start)) {
        return line;
      }
    }
    throw new AssertionError("the child ended without saying '" + start + "'");
  }
}
