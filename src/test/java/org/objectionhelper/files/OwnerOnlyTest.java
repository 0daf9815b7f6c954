package org.objectionhelper.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyTest {
  @TempDir Path temp;

  @Test
  void choosesPosixPermissionsThenAnAccessListThenSaysNeitherExists() {
    assertEquals(
        OwnerOnly.POSIX, OwnerOnly.of(Set.of("basic", "owner", "posix", "unix")), "Linux, macOS");
    assertEquals(
        OwnerOnly.ACL,
        OwnerOnly.of(Set.of("basic", "owner", "dos", "acl", "user")),
        "Windows' NTFS");
    assertEquals(OwnerOnly.UNPROTECTED, OwnerOnly.of(Set.of("basic", "dos")), "FAT on a USB stick");
  }

  @Test
  void theWindowsAccessListGrantsTheOwnerAloneAndPassesThatOnInsideAFolder() {
    UserPrincipal eva = () -> "PC\\Eva";

    List<AclEntry> folder = OwnerOnly.forOwnerAlone(eva, true);
    List<AclEntry> file = OwnerOnly.forOwnerAlone(eva, false);

    assertEquals(1, folder.size(), "no entry for Everyone, Users or Administrators");
    AclEntry entry = folder.get(0);
    assertEquals(AclEntryType.ALLOW, entry.type());
    assertEquals(eva, entry.principal());
    assertEquals(EnumSet.allOf(AclEntryPermission.class), entry.permissions());
    assertEquals(Set.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT), entry.flags());
    assertTrue(file.get(0).flags().isEmpty());
  }

  @Test
  void createsOwnerOnlyFoldersAndFilesWithPosixPermissions() throws Exception {
    assumeTrue(OwnerOnly.of(temp) == OwnerOnly.POSIX, "a POSIX file system");

    Path folder = OwnerOnly.createDirectories(temp.resolve("a/b"));
    Path file = OwnerOnly.createTempFile(folder, "x", ".tmp");

    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void createsOwnerOnlyFoldersWithAnAccessListOnWindows() throws Exception {
    assumeTrue(
        OwnerOnly.of(temp) == OwnerOnly.ACL,
        "a file system with access lists (Windows); runs on the Windows CI machine");

    Path folder = OwnerOnly.createTempDirectory(temp, "evidence");
    AclFileAttributeView view = Files.getFileAttributeView(folder, AclFileAttributeView.class);

    assertEquals(
        List.of(view.getOwner()),
        view.getAcl().stream().map(AclEntry::principal).distinct().toList());
  }

  @Test
  void createsFoldersAndFilesWithoutErrorWhereTheFileSystemHasNeither() throws Exception {
    Path zip = temp.resolve("stick.zip");
    try (FileSystem stick =
        FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
      Path root = stick.getPath("/objection-evidence");
      assertEquals(OwnerOnly.UNPROTECTED, OwnerOnly.of(root));

      Path folder =
          OwnerOnly.createDirectory(
              OwnerOnly.createDirectories(root).resolve("2026-11-29_facebook"));
      Files.writeString(folder.resolve("manifest.json"), "{}");

      assertTrue(Files.isRegularFile(folder.resolve("manifest.json")));
    }
  }
}
