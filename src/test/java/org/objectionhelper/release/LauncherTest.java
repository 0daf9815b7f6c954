package org.objectionhelper.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release's launcher {@code objection} in an unpacked folder whose Java is a stand-in that
 * writes down how it was started (and, asked to, "records" the class-data archive).
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("scripts/release-files/objection");

  @TempDir Path unpacked;

  @BeforeEach
  void unpack() throws Exception {
    assumeFalse(
        System.getProperty("os.name").startsWith("Windows"),
        "the POSIX launcher; objection.cmd needs Windows");
    Path java = Files.createDirectories(unpacked.resolve("runtime/bin")).resolve("java");
    Files.writeString(
        java,
        "#!/bin/sh\n"
            + "for argument in \"$@\"; do\n"
            + "  case \"$argument\" in -XX:ArchiveClassesAtExit=*) : >\"${argument#*=}\" ;; esac\n"
            + "  printf '%s\\n' \"$argument\"\n"
            + "done\n");
    java.toFile().setExecutable(true);
    Files.createDirectories(unpacked.resolve("app"));
    Files.copy(LAUNCHER, unpacked.resolve("objection"), StandardCopyOption.COPY_ATTRIBUTES);
  }

  private List<String> start(Path folder, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(folder.resolve("objection").toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    return output.lines().toList();
  }

  @Test
  void withoutArgumentsStartsTheAssistantInTheBrowserWithItsOwnJava() throws Exception {
    List<String> started = start(unpacked);

    assertEquals(List.of("assist", "--in-browser"), tail(started, 2));
    assertTrue(
        started.contains(unpacked.toRealPath().resolve("app/objection-helper.jar").toString()),
        started.toString());
  }

  @Test
  void recordsTheClassDataArchiveAtTheFirstFilingAndUsesItAfterwards() throws Exception {
    Path archive = unpacked.toRealPath().resolve("app/objection-helper.jsa");

    assertTrue(start(unpacked, "--version").contains("-Xshare:auto"), "no recording for --version");
    assertTrue(start(unpacked, "demo").contains("-XX:ArchiveClassesAtExit=" + archive));
    assertTrue(start(unpacked, "--version").contains("-XX:SharedArchiveFile=" + archive));
    assertEquals(
        List.of("file", "--platform", "both"),
        tail(start(unpacked, "file", "--platform", "both"), 3));
  }

  @Test
  void recordsAnewInAMovedFolderForJavaTiesTheArchiveToItsFolder() throws Exception {
    start(unpacked, "demo");
    Path moved = Files.move(unpacked, unpacked.resolveSibling(unpacked.getFileName() + " moved"));
    try {
      Path archive = moved.toRealPath().resolve("app/objection-helper.jsa");

      assertTrue(start(moved, "--version").contains("-Xshare:auto"));
      assertTrue(start(moved, "assist").contains("-XX:ArchiveClassesAtExit=" + archive));
      assertTrue(start(moved, "--version").contains("-XX:SharedArchiveFile=" + archive));
    } finally {
      Files.move(moved, unpacked);
    }
  }

  private static List<String> tail(List<String> lines, int count) {
    return lines.subList(lines.size() - count, lines.size());
  }
}
