package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.questions.EvidenceRoot;
import picocli.CommandLine;

/**
 * {@code objection file --replica}: the person's own command rehearsed on the bundled replica in a
 * real headless Chromium, where a stand-in logs in and clicks Send, and saying so from first to
 * last line.
 */
@Tag("browser")
class FileOnTheReplicaTest {
  private static final String EMAIL = "anna.beispiel@example.org";

  @TempDir Path evidence;

  @Test
  void rehearsesTheFilingOnTheReplicaAndSaysThatNothingReachedMeta() throws IOException {
    CommandRun run =
        CommandRun.of(
            "file",
            "--replica",
            "--platform",
            "instagram",
            "--email",
            EMAIL,
            "--headless",
            "--lang",
            "en",
            "--evidence-dir",
            evidence.toString());

    String[] lines = run.out().strip().split("\\R");
    assertEquals(0, run.exitCode(), run.printed());
    assertTrue(lines[0].startsWith("Rehearsal, nothing is filed with Meta: a replica"), lines[0]);
    assertTrue(run.out().contains("Instagram has confirmed your objection."), run.out());
    String last = lines[lines.length - 1];
    assertTrue(last.startsWith("Rehearsal over: nothing was sent to Meta."), last);
    assertFalse(run.out().contains("add-mail"), "no e-mail of Meta's comes from the replica");
    List<Path> folders;
    try (Stream<Path> listed = Files.list(evidence)) {
      folders = listed.toList();
    }
    assertEquals(1, folders.size(), folders.toString());
    Manifest manifest = ManifestJson.read(folders.get(0).resolve(Manifest.FILE_NAME));
    assertTrue(manifest.run().completion().complete());
    assertEquals(EMAIL, manifest.run().enteredValues().get("email"));
    assertTrue(manifest.run().consent().startsWith("a rehearsal on the local replica"));
  }

  @Test
  void keepsARehearsalsProofWhereTheDemosGoesUnlessAFolderIsChosen() {
    FileCommand rehearsal = parsed("--replica");
    FileCommand filing = parsed();

    assertEquals(DemoCommand.DEMO_EVIDENCE, rehearsal.evidenceRoot().path());
    assertEquals(EvidenceRoot.HOME, filing.evidenceRoot().path());
  }

  private static FileCommand parsed(String... more) {
    FileCommand command = new FileCommand();
    String[] args =
        Stream.concat(Stream.of("--platform", "instagram", "--email", EMAIL), Stream.of(more))
            .toArray(String[]::new);
    new CommandLine(command).parseArgs(args);
    return command;
  }
}
