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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectionhelper.flow.ExitCode;

/** The demo a newcomer runs first: both platforms, one browser, evidence, nothing left behind. */
@Tag("browser")
class DemoCommandTest {
  @TempDir Path evidence;

  private static List<Path> throwawayBrowserProfiles() throws IOException {
    try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return entries
          .filter(path -> path.getFileName().toString().startsWith("objection-helper-profile-"))
          .toList();
    }
  }

  @Test
  void filesOnBothReplicasInOneBrowserAndKeepsTwoEvidenceFolders() throws IOException {
    List<Path> profilesBefore = throwawayBrowserProfiles();
    CommandRun run =
        CommandRun.of(
            "demo", "--platform", "both", "--lang", "en", "--evidence-dir", evidence.toString());

    String terminal = run.out();
    assertEquals(0, run.exitCode(), run.printed());
    assertTrue(terminal.contains("Instagram: sent and confirmed."), terminal);
    assertTrue(terminal.contains("Facebook: sent and confirmed."), terminal);
    assertTrue(terminal.contains("Demo finished in"), terminal);
    try (Stream<Path> folders = Files.list(evidence)) {
      List<String> names = folders.map(path -> path.getFileName().toString()).sorted().toList();
      assertEquals(2, names.size(), names.toString());
      assertTrue(names.stream().anyMatch(name -> name.endsWith("_instagram")), names.toString());
      assertTrue(names.stream().anyMatch(name -> name.endsWith("_facebook")), names.toString());
    }
    assertEquals(profilesBefore, throwawayBrowserProfiles());
  }

  /** The summary names why in the person's language: the exit code, not its English name. */
  @Test
  void aPlatformNotSentStopsTheRunAndTheGermanSummarySaysSo() {
    CommandRun run =
        CommandRun.of(
            "demo",
            "--platform",
            "both",
            "--no-send",
            "--review-timeout",
            "1s",
            "--lang",
            "de",
            "--evidence-dir",
            evidence.toString());

    assertEquals(ExitCode.NOT_SENT.code(), run.exitCode(), run.printed());
    assertTrue(
        run.out().contains("Instagram: nicht gesendet (Exit-Code 4, siehe objection --help)."),
        run.out());
    assertTrue(run.out().contains("Facebook: nicht begonnen"), run.out());
    assertFalse(run.out().contains(ExitCode.NOT_SENT.name()), run.out());
  }

  /** The form's name, too, is in the person's language: no English inside a German sentence. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "en, Meta AI (third-party data) has confirmed your objection., Meta-KI",
    "de, Meta-KI (Daten von Dritten) hat deinen Widerspruch bestätigt., third-party data"
  })
  void filesTheThirdPartyFormWithAMadeUpPersonsSampleDataAndDeletesTheSampleFile(
      String lang, String confirmed, String otherLanguagesName) throws IOException {
    CommandRun run =
        CommandRun.of(
            "demo",
            "--platform",
            "third-party",
            "--lang",
            lang,
            "--evidence-dir",
            evidence.toString());

    String terminal = run.out();
    assertEquals(0, run.exitCode(), run.printed());
    assertTrue(terminal.contains(confirmed), terminal);
    assertFalse(terminal.contains(otherLanguagesName), terminal);
    try (Stream<Path> folders = Files.list(evidence)) {
      Path folder =
          folders
              .filter(path -> path.getFileName().toString().endsWith("_third-party"))
              .findFirst()
              .orElseThrow();
      String manifest = Files.readString(folder.resolve("manifest.json"));
      assertTrue(manifest.contains("Erika Muster"), manifest);
      assertTrue(manifest.contains("sample-ai-answer.png"), manifest);
      String receipt = Files.readString(folder.resolve("receipt.html"));
      assertFalse(receipt.contains(otherLanguagesName), receipt);
    }
    try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      assertTrue(
          entries.noneMatch(
              path -> path.getFileName().toString().startsWith("objection-demo-sample-")));
    }
  }
}
