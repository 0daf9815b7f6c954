package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.e2e.ReplicaHarness;
import org.objectionhelper.evidence.EvidenceFolder;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestWriter;
import org.objectionhelper.evidence.Tool;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.replica.ReplicaPerson;
import picocli.CommandLine;

/**
 * {@code objection add-inbox DIR}: later, in a fresh browser, the person logs in to the replica,
 * opens Meta's message in the Support Inbox and says so; the page becomes an addendum that {@code
 * verify} checks, and a changed or removed inbox file fails it.
 */
@Tag("browser")
class AddInboxCommandTest {
  private static final String EMAIL = "anna.beispiel@example.org";

  @TempDir Path root;

  @Test
  void keepsTheMessageInAFreshBrowserAndVerifyFailsWhereAnInboxFileChangesOrGoes()
      throws IOException {
    Path folder;
    CommandRun run;
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, root.resolve("evidence"))) {
      ReplicaPerson person = ReplicaPerson.prompt(harness.replica.origin(), EMAIL);
      Outcome filed =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.empty(), Optional.empty()),
              person);
      assertTrue(filed.sent(), harness.terminal());
      folder = filed.evidence().orElseThrow();

      run = addInbox(harness, ReplicaPerson.prompt(harness.replica.origin(), EMAIL), folder);
    }

    assertEquals(0, run.exitCode(), run.printed());
    assertTrue(run.out().contains("Das Support-Postfach von Facebook ist im Browser offen"));
    assertTrue(
        run.out().contains("Metas Nachricht im Support-Postfach ist aufbewahrt"), run.printed());
    CommandRun verified = CommandRun.of("verify", "--lang", "en", folder.toString());
    assertEquals(0, verified.exitCode(), verified.printed());
    assertTrue(
        verified.out().contains("addenda/01 (Support Inbox, Meta's confirmation recognised"),
        verified.out());
    assertTrue(verified.out().contains("The chain holds"), verified.out());

    Path changed = copy(folder, "changed");
    Files.write(changed.resolve("addenda/01/inbox.png"), new byte[] {1, 2, 3});
    CommandRun afterChange = CommandRun.of("verify", "--lang", "en", changed.toString());
    assertEquals(ExitCode.EVIDENCE_INVALID.code(), afterChange.exitCode(), afterChange.printed());
    assertTrue(afterChange.out().contains("addenda/01/inbox.png"), afterChange.out());

    Path removed = copy(folder, "removed");
    Files.delete(removed.resolve("addenda/01/inbox.pdf"));
    CommandRun afterRemoval = CommandRun.of("verify", "--lang", "de", removed.toString());
    assertEquals(ExitCode.EVIDENCE_INVALID.code(), afterRemoval.exitCode(), afterRemoval.printed());
    assertTrue(afterRemoval.out().contains("addenda/01/inbox.pdf"), afterRemoval.out());
  }

  @Test
  void saysWhereInstagramKeepsItsInboxAndOpensNoBrowser() throws IOException {
    Path folder = sealedSample(Platform.INSTAGRAM);

    for (String lang : List.of("de", "en")) {
      CommandRun run = CommandRun.of("add-inbox", "--lang", lang, "--headless", folder.toString());

      assertEquals(ExitCode.BAD_INPUT.code(), run.exitCode(), run.printed());
      assertTrue(
          run.err().contains(lang.equals("de") ? "Supportanfragen" : "Support requests"),
          run.err());
    }
    assertFalse(Files.exists(folder.resolve("addenda")));
  }

  @Test
  void refusesAFolderThatIsNoEvidence() {
    CommandRun run = CommandRun.of("add-inbox", "--lang", "en", root.toString());

    assertEquals(ExitCode.BAD_INPUT.code(), run.exitCode(), run.printed());
    assertTrue(run.err().contains("is not an evidence folder"), run.err());
  }

  private CommandRun addInbox(ReplicaHarness harness, Person person, Path folder) {
    return CommandRun.of(
        () ->
            new CommandLine(
                new AddInboxCommand(
                    profile -> profile.rehostedTo(harness.replica.origin()), person)),
        "--headless",
        "--lang",
        "de",
        "--review-timeout",
        "2m",
        folder.toString());
  }

  /** A sealed folder of {@code platform}, as the flow leaves it, without a browser. */
  private Path sealedSample(Platform platform) throws IOException {
    EvidenceFolder evidence =
        EvidenceFolder.create(root, platform, Instant.parse("2026-11-23T10:15:02Z"));
    evidence.write("02-confirmation.png", "confirmation".getBytes(StandardCharsets.UTF_8));
    new ManifestWriter(new Tool("objection-helper", "test"))
        .write(evidence, AddMailCommandTest.sampleRun());
    Path manifest = evidence.path().resolve(Manifest.FILE_NAME);
    Files.writeString(
        manifest,
        Files.readString(manifest)
            .replace("\"" + Platform.FACEBOOK.id() + "\"", "\"" + platform.id() + "\""));
    return evidence.path();
  }

  private Path copy(Path folder, String name) throws IOException {
    Path target = root.resolve(name);
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path source : files.toList()) {
        Files.copy(source, target.resolve(folder.relativize(source).toString()));
      }
    }
    return target;
  }
}
