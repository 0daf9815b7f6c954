package org.objectionhelper.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.objectionhelper.evidence.Samples.bytes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectionhelper.basics.Platform;

class EvidenceFolderTest {

  @TempDir Path root;

  @Test
  void namesTheFolderAfterUtcTimeAndPlatform() {
    EvidenceFolder folder = EvidenceFolder.create(root, Platform.INSTAGRAM, Samples.STARTED);

    assertEquals(root.resolve("2026-11-23T10-15-02Z_instagram"), folder.path());
    assertTrue(Files.isDirectory(folder.path()));
  }

  @Test
  void createsAMissingRoot() {
    Path missing = root.resolve("not/yet/there");

    EvidenceFolder folder = EvidenceFolder.create(missing, Platform.FACEBOOK, Samples.STARTED);

    assertEquals(missing, folder.path().getParent());
  }

  @Test
  void givesTwoRunsInTheSameSecondTwoFolders() {
    EvidenceFolder first = EvidenceFolder.create(root, Platform.FACEBOOK, Samples.STARTED);
    EvidenceFolder second = EvidenceFolder.create(root, Platform.FACEBOOK, Samples.STARTED);
    EvidenceFolder third = EvidenceFolder.create(root, Platform.FACEBOOK, Samples.STARTED);

    assertNotEquals(first.path(), second.path());
    assertEquals("2026-11-23T10-15-02Z_facebook-2", second.path().getFileName().toString());
    assertEquals("2026-11-23T10-15-02Z_facebook-3", third.path().getFileName().toString());
  }

  @Test
  void deletesItselfOnlyWhenNoFileCouldBeWrittenIntoIt() {
    EvidenceFolder empty = EvidenceFolder.create(root, Platform.FACEBOOK, Samples.STARTED);
    EvidenceFolder kept = EvidenceFolder.create(root, Platform.FACEBOOK, Samples.STARTED);
    kept.write("01-form-filled.png", bytes("filled"));

    assertTrue(empty.deleteIfEmpty());
    assertFalse(kept.deleteIfEmpty());

    assertFalse(Files.exists(empty.path()), "an empty folder is no proof");
    assertTrue(Files.isRegularFile(kept.path().resolve("01-form-filled.png")));
  }

  @Test
  void neverOverwritesAFileItWrote() throws IOException {
    EvidenceFolder folder = EvidenceFolder.create(root, Platform.FACEBOOK, Samples.STARTED);
    Path written = folder.write("01-form-filled.png", bytes("first"));

    EvidenceException refused =
        assertThrows(
            EvidenceException.class, () -> folder.write("01-form-filled.png", bytes("second")));

    assertArrayEquals(bytes("first"), Files.readAllBytes(written));
    assertTrue(refused.getMessage().contains("01-form-filled.png"), refused.getMessage());
    assertTrue(refused.getMessage().contains(folder.path().toString()), refused.getMessage());
    assertEquals(1, folder.files().size());
  }

  @Test
  void neverOverwritesAFileSomeoneElsePutThere() throws IOException {
    EvidenceFolder folder = EvidenceFolder.create(root, Platform.FACEBOOK, Samples.STARTED);
    Path placed = Files.write(folder.path().resolve("receipt.html"), bytes("theirs"));

    assertThrows(EvidenceException.class, () -> folder.write("receipt.html", bytes("ours")));

    assertArrayEquals(bytes("theirs"), Files.readAllBytes(placed));
    assertEquals(List.of(), folder.files());
  }

  @Test
  void makesFolderAndFilesOwnerOnly() throws IOException {
    assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("posix"));
    EvidenceFolder folder = EvidenceFolder.create(root, Platform.FACEBOOK, Samples.STARTED);

    Path file = folder.write("02-confirmation.png", bytes("png"));

    assertEquals("rwx------", permissions(folder.path()));
    assertEquals("rw-------", permissions(file));
  }

  @Test
  void recordsSha256AndSizeOfEveryFileInTheOrderWritten() {
    EvidenceFolder folder = EvidenceFolder.create(root, Platform.FACEBOOK, Samples.STARTED);

    folder.write("b.txt", bytes("abc"));
    folder.write("a.txt", new byte[0]);

    assertEquals(
        List.of(
            new EvidenceFile("b.txt", Samples.SHA256_OF_ABC, 3),
            new EvidenceFile(
                "a.txt", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0)),
        folder.files());
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    EvidenceFolder folder = EvidenceFolder.create(root, Platform.FACEBOOK, Samples.STARTED);

    folder.write("confirmation.mhtml", bytes("archive"));

    try (Stream<Path> entries = Files.list(folder.path())) {
      assertEquals(
          List.of("confirmation.mhtml"), entries.map(p -> p.getFileName().toString()).toList());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "..", "../escape.png", "sub/file.png", "sub\\file.png", "/etc/passwd"})
  void rejectsNamesThatAreNotPlainFileNames(String name) {
    EvidenceFolder folder = EvidenceFolder.create(root, Platform.FACEBOOK, Samples.STARTED);

    assertThrows(IllegalArgumentException.class, () -> folder.write(name, bytes("x")));

    assertTrue(folder.files().isEmpty());
  }

  private static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
