package org.objectionhelper.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * What a name in a folder is, seen without following a link: the tool writes plain files and
 * folders only, so anything else there was put there by someone else and is named as what it is.
 */
public enum FileKind {
  ABSENT,
  FILE,
  FOLDER,
  LINK,
  /** A named pipe (FIFO): reading it waits for whoever writes to it, perhaps for ever. */
  PIPE,
  /** A character or block device, such as a disk or a terminal. */
  DEVICE,
  /** A socket, or what a file system without Unix file types cannot tell apart. */
  OTHER;

  /** The file type bits of a Unix mode ({@code S_IFMT}) and their values for pipes and devices. */
  private static final int TYPE_BITS = 0170000;

  private static final Map<Integer, FileKind> UNIX_TYPES =
      Map.of(0010000, PIPE, 0020000, DEVICE, 0060000, DEVICE);

  public static FileKind of(Path path) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException absent) {
      return ABSENT;
    }
    if (attributes.isSymbolicLink()) {
      return LINK;
    }
    if (attributes.isRegularFile()) {
      return FILE;
    }
    if (attributes.isDirectory()) {
      return FOLDER;
    }
    return unixType(path);
  }

  private static FileKind unixType(Path path) throws IOException {
    if (!path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
      return OTHER;
    }
    int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    return UNIX_TYPES.getOrDefault(mode & TYPE_BITS, OTHER);
  }
}
