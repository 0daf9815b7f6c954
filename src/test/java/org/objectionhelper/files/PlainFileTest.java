package org.objectionhelper.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainFileTest {
  @TempDir Path temp;
  private Path folder;
  private Path outside;

  @BeforeEach
  void writeAFolderAndAFileOutsideIt() throws Exception {
    folder = Files.createDirectories(temp.resolve("evidence"));
    outside = Files.writeString(temp.resolve("shadow"), "secret");
  }

  @Test
  void readsAPlainFileOfTheFolder() throws Exception {
    Files.writeString(folder.resolve("receipt.html"), "receipt");

    assertArrayEquals(
        "receipt".getBytes(StandardCharsets.UTF_8),
        PlainFile.read(folder, "receipt.html").orElseThrow());
  }

  @Test
  void readsNothingThroughALinkEvenOneToAFileOfTheFolder() throws Exception {
    Files.createSymbolicLink(folder.resolve("receipt.html"), outside);
    Files.writeString(folder.resolve("kept.html"), "kept");
    Files.createSymbolicLink(folder.resolve("alias.html"), folder.resolve("kept.html"));

    assertEquals(Optional.empty(), PlainFile.read(folder, "receipt.html"));
    assertEquals(Optional.empty(), PlainFile.read(folder, "alias.html"));
  }

  @Test
  void readsNothingOutsideTheFolder() throws Exception {
    assertEquals(Optional.empty(), PlainFile.read(folder, "../shadow"));
    assertEquals(Optional.empty(), PlainFile.read(folder, ".."));
    assertEquals(Optional.empty(), PlainFile.read(folder, outside.toString()));
  }

  /** Reading a pipe would wait for a writer, and the page with it. */
  @Test
  void readsNoNamedPipe() throws Exception {
    Fifos.make(folder.resolve("receipt.html"));

    assertEquals(Optional.empty(), PlainFile.read(folder, "receipt.html"));
  }

  @Test
  void namesWhatANameInAFolderIsWithoutFollowingLinks() throws Exception {
    Files.writeString(folder.resolve("file"), "");
    Files.createSymbolicLink(folder.resolve("link"), outside);
    Files.createSymbolicLink(folder.resolve("dangling"), temp.resolve("gone"));

    assertEquals(FileKind.FILE, FileKind.of(folder.resolve("file")));
    assertEquals(FileKind.FOLDER, FileKind.of(folder));
    assertEquals(FileKind.LINK, FileKind.of(folder.resolve("link")));
    assertEquals(FileKind.LINK, FileKind.of(folder.resolve("dangling")));
    assertEquals(FileKind.ABSENT, FileKind.of(folder.resolve("none")));
    assertEquals(FileKind.PIPE, FileKind.of(Fifos.make(folder.resolve("pipe"))));
  }

  @Test
  void namesADeviceAsADevice() throws Exception {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device), "this system has no /dev/null");

    assertEquals(FileKind.DEVICE, FileKind.of(device));
  }
}
