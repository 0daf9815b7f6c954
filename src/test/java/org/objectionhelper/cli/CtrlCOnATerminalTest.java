package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C sent to the tool alone ({@code kill -INT} of its java process), while it runs on a real
 * terminal: within 3 seconds the run has ended with 130, and neither Chromium nor chromedriver nor
 * the throw-away profile is left. util-linux {@code script} gives the run its terminal, so that the
 * Support Inbox question is asked and waits on a blocking read of it.
 */
@Tag("browser")
class CtrlCOnATerminalTest {
  private static final Path SCRIPT = Path.of("/usr/bin/script");
  private static final Duration BOUND = Duration.ofSeconds(3);

  @TempDir Path scratch;

  /** {@code line}: what the run says at that stage. */
  @ParameterizedTest(name = "at {0}")
  @CsvSource({
    "the evidence being written, has confirmed your objection",
    "the Support Inbox question, 'Open it now, in this browser'"
  })
  void endsTheBrowserTheDriverAndTheProfileWithin3SecondsAndExitsWith130(String stage, String line)
      throws Exception {
    assumeTrue(Files.isExecutable(SCRIPT), "needs util-linux script to give the run a terminal");
    Path tmp = Files.createDirectories(scratch.resolve("tmp"));
    Process terminal = onATerminal(tmp);
    List<ProcessHandle> browserAndDriver = List.of();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(terminal.getInputStream(), StandardCharsets.UTF_8))) {
      awaitLine(out, line);
      ProcessHandle java = theTool(terminal);
      browserAndDriver = java.descendants().toList();
      Instant signalled = Instant.now();
      assertEquals(
          0, new ProcessBuilder("kill", "-INT", String.valueOf(java.pid())).start().waitFor());

      assertTrue(
          terminal.waitFor(BOUND.toMillis(), TimeUnit.MILLISECONDS),
          "the run still runs " + BOUND.toSeconds() + " s after Ctrl-C");
      assertEquals(130, terminal.exitValue());
      List<String> left = leftBehind(browserAndDriver, tmp, signalled.plus(BOUND));
      assertTrue(left.isEmpty(), "left " + BOUND.toSeconds() + " s after Ctrl-C: " + left);
    } finally {
      terminal.descendants().forEach(ProcessHandle::destroyForcibly);
      browserAndDriver.forEach(ProcessHandle::destroyForcibly);
      terminal.destroyForcibly();
    }
  }

  /** {@code objection file --replica} on a terminal of its own; script ends with its exit code. */
  private Process onATerminal(Path tmp) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String command =
        String.join(
            " ",
            "exec",
            quoted(java.toString()),
            "-cp",
            quoted(classpath),
            quoted("-Djava.io.tmpdir=" + tmp),
            Main.class.getName(),
            "file --replica --headless --platform facebook --lang en --email anna@example.org",
            "--evidence-dir",
            quoted(scratch.resolve("proof").toString()));
    return new ProcessBuilder(
            AsFromATerminal.command(List.of(SCRIPT.toString(), "-qefc", command, "/dev/null")))
        .redirectErrorStream(true)
        .start();
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static ProcessHandle theTool(Process terminal) {
    return terminal
        .descendants()
        .filter(p -> p.info().command().orElse("").endsWith("java"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no java process under the terminal"));
  }

  /**
   * Of the processes the run started (the browser, the driver and theirs), those still running at
   * {@code deadline}; and the run's throw-away profiles, which it deletes before it ends.
   */
  private static List<String> leftBehind(List<ProcessHandle> started, Path tmp, Instant deadline)
      throws IOException {
    for (ProcessHandle process : started) {
      long remaining = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
      process.onExit().completeOnTimeout(process, remaining, TimeUnit.MILLISECONDS).join();
    }
    try (Stream<Path> profiles = Files.list(tmp)) {
      return Stream.concat(
              started.stream()
                  .filter(ProcessHandle::isAlive)
                  .map(p -> p.info().command().orElse(String.valueOf(p.pid()))),
              profiles.map(Path::toString).filter(p -> p.contains("objection-helper-profile-")))
          .toList();
    }
  }

  private static void awaitLine(BufferedReader out, String fragment) throws IOException {
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      if (line.contains(fragment)) {
        return;
      }
    }
    throw new AssertionError("the run ended before printing: " + fragment + "\n" + seen);
  }
}
