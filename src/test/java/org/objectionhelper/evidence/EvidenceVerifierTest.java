package org.objectionhelper.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectionhelper.evidence.Samples.bytes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.FileCheck.Status;
import org.objectionhelper.files.Fifos;
import org.objectionhelper.files.FileKind;

class EvidenceVerifierTest {

  @TempDir Path root;

  private Path folder;
  private final EvidenceVerifier verifier = new EvidenceVerifier();

  @BeforeEach
  void writeIntactFolder() {
    EvidenceFolder evidence = EvidenceFolder.create(root, Platform.FACEBOOK, Samples.STARTED);
    evidence.write("01-form-filled.png", bytes("form"));
    evidence.write("02-confirmation.png", bytes("confirmation"));
    new ManifestWriter(Samples.TOOL).write(evidence, Samples.confirmed());
    folder = evidence.path();
  }

  @Test
  void reportsEveryFileOkWhenNothingChanged() {
    Verification verification = verifier.verify(folder);

    assertTrue(verification.isIntact());
    assertEquals(
        List.of(
            new FileCheck("01-form-filled.png", Status.OK),
            new FileCheck("02-confirmation.png", Status.OK)),
        verification.files());
  }

  @Test
  void namesAFileWithOneFlippedByteAsChanged() throws IOException {
    Path file = folder.resolve("02-confirmation.png");
    byte[] content = Files.readAllBytes(file);
    content[0] ^= 1;
    Files.write(file, content);

    assertOnlyProblem(
        new FileCheck("02-confirmation.png", Status.CHANGED), verifier.verify(folder));
  }

  @Test
  void namesADeletedFileAsMissing() throws IOException {
    Files.delete(folder.resolve("01-form-filled.png"));

    assertOnlyProblem(new FileCheck("01-form-filled.png", Status.MISSING), verifier.verify(folder));
  }

  @Test
  void namesAnAddedFileAsNotListed() throws IOException {
    Files.write(folder.resolve("extra.png"), bytes("added later"));

    assertOnlyProblem(new FileCheck("extra.png", Status.NOT_LISTED), verifier.verify(folder));
  }

  @Test
  void reportsAMissingManifest() throws IOException {
    Files.delete(folder.resolve(Manifest.FILE_NAME));

    assertManifestProblem(verifier.verify(folder), ManifestProblem.Kind.MISSING);
  }

  @Test
  void reportsAManifestThatIsNotJson() throws IOException {
    Files.write(folder.resolve(Manifest.FILE_NAME), bytes("{ not json"));

    assertManifestProblem(verifier.verify(folder), ManifestProblem.Kind.INVALID);
  }

  @Test
  void reportsAManifestThatPointsOutsideTheFolder() throws IOException {
    rewriteManifest("\"01-form-filled.png\"", "\"../01-form-filled.png\"");

    assertManifestProblem(verifier.verify(folder), ManifestProblem.Kind.INVALID);
  }

  @Test
  void reportsAManifestOfAnotherSchemaVersion() throws IOException {
    rewriteManifest("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");

    assertManifestProblem(verifier.verify(folder), ManifestProblem.Kind.SCHEMA);
  }

  @Test
  void reportsAManifestThatLacksARequiredField() throws IOException {
    rewriteManifest("\"consent\" :", "\"agreed\" :");

    assertManifestProblem(verifier.verify(folder), ManifestProblem.Kind.INVALID);
  }

  /** A manifest elsewhere, made to match whatever the folder holds, must not vouch for it. */
  @Test
  void followsNoLinkToAManifestOutsideTheFolder() throws IOException {
    Path manifest = folder.resolve(Manifest.FILE_NAME);
    Path outside = Files.move(manifest, root.resolve("forged-manifest.json"));
    Files.createSymbolicLink(manifest, outside);

    assertManifestProblem(verifier.verify(folder), ManifestProblem.Kind.NOT_A_FILE);
  }

  @Test
  void followsNoLinkToATimestampToken() throws IOException {
    Path elsewhere = Files.write(root.resolve("token-elsewhere.tsr"), bytes("token"));
    Files.createSymbolicLink(folder.resolve(TimestampAuthority.TOKEN_FILE_NAME), elsewhere);

    Verification verification = verifier.verify(folder);

    assertFalse(verification.isIntact());
    assertEquals(
        TimestampCheck.Verdict.NOT_A_FILE, verification.timestamp().orElseThrow().verdict());
  }

  /** A file where the addenda folder belongs would hide the addenda from the chain's check. */
  @Test
  void aPlainFileNamedAddendaBreaksTheFolder() throws IOException {
    Files.write(folder.resolve(Addenda.FOLDER_NAME), bytes("no addenda here"));

    assertOnlyProblem(
        new FileCheck(Addenda.FOLDER_NAME, Status.NOT_A_FOLDER, FileKind.FILE),
        verifier.verify(folder));
  }

  @Test
  void aLinkToAnotherBundlesAddendaBreaksTheFolder() throws IOException {
    Path elsewhere = Files.createDirectories(root.resolve("other/addenda"));
    Files.createSymbolicLink(folder.resolve(Addenda.FOLDER_NAME), elsewhere);

    assertOnlyProblem(
        new FileCheck(Addenda.FOLDER_NAME, Status.NOT_A_FOLDER, FileKind.LINK),
        verifier.verify(folder));
  }

  @Test
  void namesALinkAndAPipeInPlaceOfListedFilesAsWhatTheyAre() throws Exception {
    Path form = folder.resolve("01-form-filled.png");
    Path copy = Files.copy(form, root.resolve("same-content.png"));
    Files.delete(form);
    Files.createSymbolicLink(form, copy);
    Files.delete(folder.resolve("02-confirmation.png"));
    Fifos.make(folder.resolve("02-confirmation.png"));

    Verification verification = verifier.verify(folder);

    assertFalse(verification.isIntact());
    assertEquals(
        List.of(
            new FileCheck("01-form-filled.png", Status.CHANGED, FileKind.LINK),
            new FileCheck("02-confirmation.png", Status.CHANGED, FileKind.PIPE)),
        verification.files());
  }

  @Test
  void namesAnUnlistedPipeAsAPipe() throws Exception {
    Fifos.make(folder.resolve("extra"));

    assertOnlyProblem(
        new FileCheck("extra", Status.NOT_LISTED, FileKind.PIPE), verifier.verify(folder));
  }

  @Test
  void hashesNoFileThroughALink() throws IOException {
    Path link =
        Files.createSymbolicLink(root.resolve("link"), folder.resolve("01-form-filled.png"));

    assertThrows(IOException.class, () -> Sha256.of(link));
  }

  @Test
  void aManifestThatIsAPipeIsNamedSoAndNotRead() throws Exception {
    Path manifest = folder.resolve(Manifest.FILE_NAME);
    Files.delete(manifest);
    Fifos.make(manifest);

    ManifestProblem problem = verifier.verify(folder).manifestProblem().orElseThrow();

    assertEquals(ManifestProblem.Kind.NOT_A_FILE, problem.kind());
    assertEquals(List.of(folder, FileKind.PIPE), problem.values());
  }

  private void rewriteManifest(String from, String to) throws IOException {
    Path manifest = folder.resolve(Manifest.FILE_NAME);
    String json = Files.readString(manifest, StandardCharsets.UTF_8);
    assertTrue(json.contains(from), json);
    Files.writeString(manifest, json.replace(from, to), StandardCharsets.UTF_8);
  }

  private static void assertOnlyProblem(FileCheck expected, Verification verification) {
    assertFalse(verification.isIntact());
    assertEquals(
        List.of(expected), verification.files().stream().filter(check -> !check.isOk()).toList());
  }

  private void assertManifestProblem(Verification verification, ManifestProblem.Kind expected) {
    assertFalse(verification.isIntact());
    ManifestProblem problem = verification.manifestProblem().orElseThrow();
    assertEquals(expected, problem.kind());
    assertTrue(
        problem.values().get(0).toString().startsWith(folder.toString()), problem.toString());
  }
}
