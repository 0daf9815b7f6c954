package org.objectionhelper.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Folders and files only their owner can read: POSIX permissions where the file system has them
 * (Linux, macOS); on Windows an access list that names the owner alone, in place of the one
 * inherited from the parent folder; where neither exists (a USB stick formatted FAT), as the system
 * makes them, which {@link #of} tells so that it can be said. Never an exception for the lack of
 * either.
 */
public enum OwnerOnly {
  POSIX,
  ACL,
  UNPROTECTED;

  /** What the file system that holds {@code path} offers. */
  public static OwnerOnly of(Path path) {
    return of(path.getFileSystem().supportedFileAttributeViews());
  }

  static OwnerOnly of(Set<String> views) {
    if (views.contains("posix")) {
      return POSIX;
    }
    return views.contains("acl") ? ACL : UNPROTECTED;
  }

  public static Path createDirectory(Path folder) throws IOException {
    return protect(Files.createDirectory(folder, attributes(folder, "rwx------")));
  }

  public static Path createDirectories(Path folder) throws IOException {
    boolean existed = Files.isDirectory(folder);
    Path created = Files.createDirectories(folder, attributes(folder, "rwx------"));
    return existed ? created : protect(created);
  }

  public static Path createTempDirectory(Path parent, String prefix) throws IOException {
    return protect(Files.createTempDirectory(parent, prefix, attributes(parent, "rwx------")));
  }

  public static Path createTempFile(Path folder, String prefix, String suffix) throws IOException {
    return protect(Files.createTempFile(folder, prefix, suffix, attributes(folder, "rw-------")));
  }

  private static FileAttribute<?>[] attributes(Path near, String permissions) {
    return of(near) == POSIX
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }

  /** On Windows, replaces the inherited access list by one for the owner, who created it. */
  private static Path protect(Path created) throws IOException {
    AclFileAttributeView acl = Files.getFileAttributeView(created, AclFileAttributeView.class);
    if (of(created) == ACL && acl != null) {
      acl.setAcl(forOwnerAlone(acl.getOwner(), Files.isDirectory(created)));
    }
    return created;
  }

  /**
   * Everything for the owner, for a folder passed on to what it will hold; nothing for anyone else.
   */
  static List<AclEntry> forOwnerAlone(UserPrincipal owner, boolean folder) {
    AclEntry.Builder entry =
        AclEntry.newBuilder()
            .setType(AclEntryType.ALLOW)
            .setPrincipal(owner)
            .setPermissions(EnumSet.allOf(AclEntryPermission.class));
    if (folder) {
      entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
    }
    return List.of(entry.build());
  }
}
