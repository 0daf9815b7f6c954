package org.objectionhelper.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be written, as a kind a person's message can name in their language: the
 * exceptions carry the system's English words (or only a path).
 */
public enum WriteFailure {
  NO_PERMISSION,
  DISK_FULL,
  NOT_A_FOLDER,
  READ_ONLY,
  /** Any other reason: the message quotes the system's own words. */
  OTHER;

  public static WriteFailure of(IOException failure) {
    if (failure instanceof AccessDeniedException) {
      return NO_PERMISSION;
    }
    if (failure instanceof NotDirectoryException) {
      return NOT_A_FOLDER;
    }
    // Linux and macOS report the errno's text (ENOSPC, ENOTDIR, EROFS), Windows its own sentence.
    String reason =
        (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null
                ? fileSystem.getReason()
                : String.valueOf(failure.getMessage()))
            .toLowerCase(Locale.ROOT);
    if (reason.contains("no space left") || reason.contains("not enough space")) {
      return DISK_FULL;
    }
    if (reason.contains("not a directory")) {
      return NOT_A_FOLDER;
    }
    return reason.contains("read-only file system") ? READ_ONLY : OTHER;
  }

  /** The bundle key of the reason, {@code write.failure.no_permission} and so on. */
  public String key() {
    return "write.failure." + name().toLowerCase(Locale.ROOT);
  }
}
