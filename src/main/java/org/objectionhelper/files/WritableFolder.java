package org.objectionhelper.files;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tool may keep a folder of its own: checked before anything starts. */
public final class WritableFolder {
  private WritableFolder() {}

  /**
   * Whether the folder, or the nearest one above it that exists, is a folder that can be written
   * to: then it is there, or can be made.
   */
  public static boolean canHold(Path folder) {
    Path existing = folder.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing != null && Files.isDirectory(existing) && Files.isWritable(existing);
  }
}
