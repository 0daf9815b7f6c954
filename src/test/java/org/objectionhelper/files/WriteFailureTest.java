package org.objectionhelper.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kind of a failed write, from the exceptions Linux, macOS and Windows give. */
class WriteFailureTest {
  @TempDir Path scratch;

  @Test
  void aFileWhereAFolderShouldBeIsNamedSo() throws IOException {
    Path file = Files.writeString(scratch.resolve("profiles"), "not a folder");

    IOException failure =
        assertThrows(IOException.class, () -> Files.createDirectories(file.resolve("facebook")));

    assertEquals(WriteFailure.NOT_A_FOLDER, WriteFailure.of(failure));
    assertEquals(
        WriteFailure.NOT_A_FOLDER, WriteFailure.of(new NotDirectoryException(file.toString())));
  }

  @Test
  void aFullDiskIsNamedSo() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "needs Linux' /dev/full");

    IOException failure = assertThrows(IOException.class, () -> Files.writeString(full, "x"));

    assertEquals(WriteFailure.DISK_FULL, WriteFailure.of(failure));
    assertEquals(
        WriteFailure.DISK_FULL,
        WriteFailure.of(
            new FileSystemException("E:\\p.yaml", null, "There is not enough space on the disk")));
  }

  /**
   * As the JDK reports EACCES and EROFS; this machine's tests run as root, who may write anywhere.
   */
  @Test
  void noPermissionAndAReadOnlyDiskAreNamedSo() {
    assertEquals(
        WriteFailure.NO_PERMISSION, WriteFailure.of(new AccessDeniedException("/etc/p.yaml")));
    assertEquals(
        WriteFailure.READ_ONLY,
        WriteFailure.of(new FileSystemException("/media/stick", null, "Read-only file system")));
  }

  @Test
  void anyOtherReasonIsOther() {
    assertEquals(
        WriteFailure.OTHER,
        WriteFailure.of(new FileSystemException("/mnt/p.yaml", null, "Input/output error")));
    assertEquals(WriteFailure.OTHER, WriteFailure.of(new IOException()));
    assertEquals("write.failure.no_permission", WriteFailure.NO_PERMISSION.key());
  }
}
