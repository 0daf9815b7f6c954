package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;

/**
 * Ctrl-C in a real process, at every stage of a run: exit 130, no browser profile and no browser or
 * driver left, and whatever evidence exists marked incomplete. The terminal sends Ctrl-C to its
 * whole process group, so the test does too: the child runs in a group of its own.
 */
@Tag("browser")
class InterruptTest {
  @TempDir Path scratch;

  @Test
  void ctrlCAtTheReviewExitsWith130DeletesTheProfileAndMarksTheEvidenceIncomplete()
      throws Exception {
    Process child = demo("--no-send");
    try (BufferedReader out = reader(child)) {
      awaitLine(out, "the form is filled in");
      signal("kill", "-INT", String.valueOf(child.pid()));
      awaitEnd(child);
    } finally {
      child.destroyForcibly();
    }

    assertEquals(130, child.exitValue(), Files.readString(scratch.resolve("stderr.txt")));
    assertNothingLeftRunning();
    assertEquals(1, evidenceFolders().size());
    assertAllIncomplete();
  }

  /** {@code line}: what the run says at that stage; "sent" lets the replica person send. */
  @ParameterizedTest(name = "at {0}")
  @CsvSource({
    "the start, Demo: a replica, --no-send",
    "the login, Please log in, --no-send",
    "the review, the form is filled in, --no-send",
    "the evidence, has confirmed your objection, --headless"
  })
  void ctrlCToTheWholeProcessGroupExitsWith130AndTheToolEndsTheBrowserItself(
      String stage, String line, String option) throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/setsid")),
        "needs setsid to give the run a process group");
    Process child = demo(option);
    try (BufferedReader out = reader(child)) {
      awaitLine(out, line);
      signal("kill", "-INT", "--", "-" + child.pid());
      awaitEnd(child);
    } finally {
      child.destroyForcibly();
    }

    String stderr = Files.readString(scratch.resolve("stderr.txt"));
    assertEquals(130, child.exitValue(), stderr);
    assertFalse(stderr.contains("Internal error"), stderr);
    assertNothingLeftRunning();
    assertAllIncomplete();
  }

  /**
   * The demo in a process group of its own ({@code env} and {@code setsid} replace themselves with
   * java, so the pid is the group's), with SIGINT at its default as from a terminal.
   */
  private Process demo(String option) throws IOException {
    Path tmp = Files.createDirectories(scratch.resolve("tmp"));
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    // A group of its own, as a terminal gives a command: Ctrl-C goes to the whole group.
    if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      command.add("/usr/bin/setsid");
    }
    command.addAll(
        List.of(
            java.toString(),
            "-cp",
            classpath,
            "-Djava.io.tmpdir=" + tmp,
            Main.class.getName(),
            "demo",
            "--platform",
            "facebook",
            "--lang",
            "en",
            option,
            "--review-timeout",
            "10m",
            "--evidence-dir",
            scratch.resolve("proof").toString()));
    return new ProcessBuilder(AsFromATerminal.command(command))
        .redirectError(scratch.resolve("stderr.txt").toFile())
        .start();
  }

  private void awaitEnd(Process child) throws Exception {
    if (!child.waitFor(60, TimeUnit.SECONDS)) {
      fail(
          "the run did not end within 60 s after Ctrl-C; its threads:\n"
              + threadsOf(child)
              + "\nits log:\n"
              + Files.readString(scratch.resolve("stderr.txt")));
    }
  }

  /** What each thread of a process that hangs is doing, for the failure message. */
  private static String threadsOf(Process process) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process dump =
        new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "Thread.print")
            .redirectErrorStream(true)
            .start();
    String threads = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    dump.waitFor();
    return threads;
  }

  private static BufferedReader reader(Process child) {
    return new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
  }

  private static void signal(String... kill) throws Exception {
    assertEquals(0, new ProcessBuilder(kill).inheritIO().start().waitFor());
  }

  /** No throw-away profile, and no browser or driver started for one, outlives the run. */
  private void assertNothingLeftRunning() throws Exception {
    Path tmp = scratch.resolve("tmp");
    try (Stream<Path> left = Files.list(tmp)) {
      assertFalse(
          left.anyMatch(p -> p.getFileName().toString().startsWith("objection-helper-profile-")));
    }
    List<ProcessHandle> running =
        ProcessHandle.allProcesses()
            .filter(process -> process.info().commandLine().orElse("").contains(tmp.toString()))
            .toList();
    for (ProcessHandle process : running) {
      boolean ended = process.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join() != null;
      if (!ended) {
        process.destroyForcibly();
        throw new AssertionError(
            "still running after the run: " + process.info().commandLine().orElse(""));
      }
    }
  }

  private List<Path> evidenceFolders() throws IOException {
    Path proof = scratch.resolve("proof");
    if (!Files.isDirectory(proof)) {
      return List.of();
    }
    try (Stream<Path> runs = Files.list(proof)) {
      return runs.toList();
    }
  }

  private void assertAllIncomplete() throws IOException {
    for (Path folder : evidenceFolders()) {
      Manifest manifest = ManifestJson.read(folder.resolve(Manifest.FILE_NAME));
      assertFalse(manifest.run().completion().complete(), folder.toString());
    }
  }

  private static void awaitLine(BufferedReader out, String fragment) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.contains(fragment)) {
        return;
      }
    }
    throw new AssertionError("the child ended before printing: " + fragment);
  }
}
