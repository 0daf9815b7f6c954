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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.Completion;
import org.objectionhelper.evidence.EvidenceFolder;
import org.objectionhelper.evidence.ManifestWriter;
import org.objectionhelper.evidence.Run;
import org.objectionhelper.evidence.Tool;
import org.objectionhelper.files.Fifos;
import org.objectionhelper.flow.ExitCode;

/** {@code objection verify DIR}: one line per file, and exit code 9 on any problem. */
class VerifyCommandTest {
  @TempDir Path root;

  private Path folder;

  /** What the last run printed, report and errors. */
  private String out = "";

  @BeforeEach
  void writeBundle() {
    folder = bundle(Completion.completed(), Instant.parse("2026-11-23T10:15:02Z"));
  }

  private Path bundle(Completion completion, Instant at) {
    EvidenceFolder evidence = EvidenceFolder.create(root, Platform.FACEBOOK, at);
    evidence.write("01-form-filled.png", "form".getBytes(StandardCharsets.UTF_8));
    evidence.write("02-confirmation.png", "confirmation".getBytes(StandardCharsets.UTF_8));
    Run run = AddMailCommandTest.sampleRun(completion);
    new ManifestWriter(new Tool("objection-helper", "test")).write(evidence, run);
    return evidence.path();
  }

  @Test
  void anIncompleteBundleWithWholeFilesIsReportedWithItsReasonAndItsOwnExitCode() {
    folder =
        bundle(
            Completion.incomplete("sent, confirmation not recognised"),
            Instant.parse("2026-11-23T11:00:00Z"));

    assertEquals(ExitCode.EVIDENCE_INCOMPLETE.code(), verify("--lang", "en"));
    assertEquals(11, ExitCode.EVIDENCE_INCOMPLETE.code());
    assertTrue(
        out.toString()
            .contains("this objection was NOT completed: sent, confirmation not recognised"),
        out.toString());
  }

  @Test
  void printsOkForEveryFileOfAnIntactFolderAndExitsZero() {
    assertEquals(0, verify("--lang", "en"));
    assertTrue(out.toString().contains("ok                 01-form-filled.png"), out.toString());
    assertTrue(
        out.toString().contains("All files are exactly as the manifest lists them."),
        out.toString());
  }

  @Test
  void namesAChangedAMissingAndAnAddedFileAndExitsWithEvidenceInvalid() throws IOException {
    Files.write(
        folder.resolve("02-confirmation.png"), "confirmatioN".getBytes(StandardCharsets.UTF_8));
    Files.delete(folder.resolve("01-form-filled.png"));
    Files.write(folder.resolve("extra.txt"), new byte[] {1});

    assertEquals(ExitCode.EVIDENCE_INVALID.code(), verify("--lang", "en"));
    String report = out.toString();
    assertTrue(report.contains("MISSING            01-form-filled.png"), report);
    assertTrue(report.contains("CHANGED            02-confirmation.png"), report);
    assertTrue(report.contains("NOT LISTED         extra.txt"), report);
    assertTrue(report.contains("does not match its manifest"), report);
  }

  @Test
  void reportsInGerman() throws IOException {
    Files.delete(folder.resolve("01-form-filled.png"));

    assertEquals(ExitCode.EVIDENCE_INVALID.code(), verify("--lang", "de"));
    assertTrue(out.toString().contains("FEHLT              01-form-filled.png"), out.toString());
    assertTrue(out.toString().contains("stimmt nicht mit seinem Manifest überein"), out.toString());
  }

  /** Without a timestamp, an edited value inside the manifest cannot be noticed: say so plainly. */
  @Test
  void saysPlainlyThatAManifestWithoutTimestampIsNotSealed() {
    assertEquals(0, verify("--lang", "en"));
    assertTrue(
        out.toString().contains("Not sealed: no trusted timestamp seals the manifest"),
        out.toString());
  }

  /** The libraries say why in English; the German report says it in German only. */
  @Test
  void saysInGermanWhyATimestampTokenIsNoToken() throws IOException {
    Files.writeString(folder.resolve("manifest.json.tsr"), "no token");

    assertEquals(ExitCode.EVIDENCE_INVALID.code(), verify("--lang", "de"));
    assertTrue(
        out.contains(
            "UNGÜLTIG           manifest.json.tsr  Zeitstempel: Die Datei ist kein Zeitstempel."),
        out);
    assertFalse(out.contains("token"), out);
  }

  @Test
  void saysInGermanWhyAManifestCannotBeUsed() throws IOException {
    Path manifest = folder.resolve("manifest.json");
    Files.writeString(manifest, "{ \"schemaVersion\" : ");

    assertEquals(ExitCode.EVIDENCE_INVALID.code(), verify("--lang", "de"));
    assertTrue(
        out.contains(
            "Das Manifest ist nicht verwendbar: " + manifest + " ist kein gültiges Manifest."),
        out);
    assertFalse(out.contains("end-of-input"), out);
  }

  @Test
  void aMissingManifestIsAProblemToo() throws IOException {
    Files.delete(folder.resolve("manifest.json"));

    assertEquals(ExitCode.EVIDENCE_INVALID.code(), verify("--lang", "en"));
    assertTrue(
        out.toString().contains("The manifest cannot be used: manifest.json is missing"),
        out.toString());
  }

  @Test
  void failsABundleWithAPlainFileWhereTheAddendaFolderBelongs() throws IOException {
    Files.writeString(folder.resolve("addenda"), "no addenda here");

    assertEquals(ExitCode.EVIDENCE_INVALID.code(), verify("--lang", "en"));
    assertTrue(out.contains("NOT A FOLDER       addenda"), out);
  }

  @Test
  void namesALinkAndAPipeAsWhatTheyAreInThePersonsLanguage() throws Exception {
    Path form = folder.resolve("01-form-filled.png");
    Path copy = Files.copy(form, root.resolve("same-content.png"));
    Files.delete(form);
    Files.createSymbolicLink(form, copy);
    Fifos.make(folder.resolve("extra"));

    assertEquals(ExitCode.EVIDENCE_INVALID.code(), verify("--lang", "en"));
    assertTrue(out.contains("CHANGED            01-form-filled.png  a symbolic link"), out);
    assertTrue(out.contains("NOT LISTED         extra  a named pipe (FIFO)"), out);
    assertEquals(ExitCode.EVIDENCE_INVALID.code(), verify("--lang", "de"));
    assertTrue(
        out.contains("VERÄNDERT          01-form-filled.png  ein symbolischer Verweis (Symlink)"),
        out);
    assertTrue(out.contains("NICHT IM MANIFEST  extra  eine benannte Pipe (FIFO)"), out);
  }

  /** The libraries' words name their classes ("IOException reading content"): none is shown. */
  @Test
  void showsNoJavaClassNames() throws IOException {
    Files.writeString(folder.resolve("manifest.json.tsr"), "no token");
    verify("--lang", "en");
    String unusableToken = out;
    Path notACertificate = Files.createDirectories(root.resolve("certificates"));

    assertEquals(
        ExitCode.BAD_INPUT.code(), verify("--lang", "en", "--trust", notACertificate.toString()));
    for (String report : List.of(unusableToken, out)) {
      assertFalse(report.matches("(?s).*(java\\.|Exception|Error\\b).*"), report);
    }
    assertTrue(unusableToken.contains("the file is not a timestamp token."), unusableToken);
    assertTrue(out.contains("cannot be read, or holds no certificate"), out);
  }

  /** Waiting for a writer to a pipe would keep verify waiting for ever. */
  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesACertificateFileThatIsAPipe() throws Exception {
    Path pipe = Fifos.make(root.resolve("trusted.pem"));

    assertEquals(ExitCode.BAD_INPUT.code(), verify("--lang", "en", "--trust", pipe.toString()));
  }

  @Test
  void saysPlainlyThatABundleFromTheReplicaIsARehearsal() throws IOException {
    Path manifest = folder.resolve("manifest.json");
    String json = Files.readString(manifest);
    Files.writeString(
        manifest, json.replace("https://www.facebook.com/", "http://127.0.0.1:40123/"));

    assertEquals(0, verify("--lang", "en"));
    assertEquals(
        "REHEARSAL: this evidence comes from a run on the bundled replica of Meta's forms on this"
            + " computer (--replica or demo). It is not an objection sent to Meta, and proves"
            + " nothing towards Meta.",
        lastLine());
    verify("--lang", "de");
    assertTrue(lastLine().startsWith("PROBELAUF: "), out);
  }

  @Test
  void saysNothingOfARehearsalForABundleFromMeta() {
    assertEquals(0, verify("--lang", "en"));

    assertFalse(out.contains("REHEARSAL"), out);
    assertEquals("All files are exactly as the manifest lists them.", lastLine());
  }

  private String lastLine() {
    List<String> lines = out.lines().toList();
    return lines.get(lines.size() - 1);
  }

  private int verify(String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "verify";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = folder.toString();
    CommandRun run = CommandRun.of(args);
    out = run.out() + run.err();
    return run.exitCode();
  }
}
