package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;

/** Ctrl-C at the review, in a real process: exit 130, no browser profile left, evidence marked incomplete. */
class InterruptTest {
  @TempDir Path scratch;

  @Test
  void ctrlCAtTheReviewExitsWith130DeletesTheProfileAndMarksTheEvidenceIncomplete() throws Exception {
    Path tmp = Files.createDirectories(scratch.resolve("tmp"));
    Path proof = scratch.resolve("proof");
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                AsFromATerminal.command(
                    List.of(
                        java.toString(), "-cp", classpath, "-Djava.io.tmpdir=" + tmp, Main.class.getName(),
                        "demo", "--platform", "facebook", "--no-send", "--lang", "en",
                        "--review-timeout", "10m", "--evidence-dir", proof.toString())))
            .redirectError(scratch.resolve("stderr.txt").toFile())
            .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      awaitLine(out, "the form is filled in");
      Process signal = new ProcessBuilder("kill", "-INT", String.valueOf(child.pid())).inheritIO().start();
      assertEquals(0, signal.waitFor());
      if (!child.waitFor(60, TimeUnit.SECONDS)) {
        fail("the run did not end within 60 s after Ctrl-C; its threads:\n" + threadsOf(child)
            + "\nits log:\n" + Files.readString(scratch.resolve("stderr.txt")));
      }
    } finally {
      child.destroyForcibly();
    }

    assertEquals(130, child.exitValue(), Files.readString(scratch.resolve("stderr.txt")));
    try (Stream<Path> left = Files.list(tmp)) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith("objection-helper-profile-")));
    }
    List<Path> folders;
    try (Stream<Path> runs = Files.list(proof)) {
      folders = runs.toList();
    }
    assertEquals(1, folders.size());
    Manifest manifest = ManifestJson.read(folders.get(0).resolve(Manifest.FILE_NAME));
    assertFalse(manifest.run().completion().complete());
  }

  /** What each thread of a process that hangs is doing, for the failure message. */
  private static String threadsOf(Process process) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process dump = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "Thread.print").redirectErrorStream(true).start();
    String threads = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    dump.waitFor();
    return threads;
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
