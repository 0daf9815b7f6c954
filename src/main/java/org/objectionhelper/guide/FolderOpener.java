package org.objectionhelper.guide;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Shows a folder in the system's file manager. */
@FunctionalInterface
public interface FolderOpener {
  /**
   * @return false where it could not: no file manager, or no desktop (a server, a test)
   */
  boolean open(Path folder);

  /**
   * The system's own command: {@code explorer} on Windows, {@code open} on macOS, {@code xdg-open}
   * elsewhere. (Not {@code java.awt.Desktop}: it would bring AWT into the release's runtime.)
   */
  static FolderOpener ofThisComputer() {
    return folder -> {
      String os = System.getProperty("os.name");
      String command =
          os.startsWith("Windows") ? "explorer" : os.startsWith("Mac") ? "open" : "xdg-open";
      try {
        new ProcessBuilder(List.of(command, folder.toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        return true;
      } catch (IOException | SecurityException cannot) {
        return false;
      }
    };
  }
}
