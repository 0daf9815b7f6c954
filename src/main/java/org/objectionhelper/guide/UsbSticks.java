package org.objectionhelper.guide;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.objectionhelper.questions.EvidenceRoot;

/**
 * The USB sticks (and other removable drives) mounted now, where each system puts them: {@code
 * /media/USER/*} and {@code /run/media/USER/*} on Linux, {@code /Volumes/*} on macOS (without the
 * startup disk, which is a link to {@code /} there), the removable drive letters on Windows.
 */
final class UsbSticks {
  private static final String PROOF_FOLDER = "objection-evidence";

  private final String osName;
  private final String user;
  private final Path root;
  private final Iterable<Path> driveLetters;
  private final Predicate<Path> removable;

  /**
   * @param root {@code /} of the system; a temporary folder in tests
   * @param driveLetters the drives Windows knows ({@code C:\}, {@code E:\})
   * @param removable whether Windows says a drive is removable
   */
  UsbSticks(
      String osName,
      String user,
      Path root,
      Iterable<Path> driveLetters,
      Predicate<Path> removable) {
    this.osName = osName;
    this.user = user;
    this.root = root;
    this.driveLetters = driveLetters;
    this.removable = removable;
  }

  static UsbSticks ofThisComputer() {
    return new UsbSticks(
        System.getProperty("os.name"),
        System.getProperty("user.name"),
        Path.of("/"),
        FileSystems.getDefault().getRootDirectories(),
        UsbSticks::removableOnWindows);
  }

  /** The mounted sticks, in the order the system lists them. */
  List<Path> mounted() {
    if (osName.startsWith("Windows")) {
      List<Path> sticks = new ArrayList<>();
      driveLetters.forEach(
          drive -> {
            if (removable.test(drive)) {
              sticks.add(drive);
            }
          });
      return sticks;
    }
    if (osName.startsWith("Mac")) {
      return foldersIn(root.resolve("Volumes"));
    }
    List<Path> sticks = new ArrayList<>(foldersIn(root.resolve("media").resolve(user)));
    sticks.addAll(foldersIn(root.resolve("run/media").resolve(user)));
    return sticks;
  }

  /** A folder on the first stick where one is mounted, else the one in the home folder. */
  Path suggestedFolder() {
    List<Path> sticks = mounted();
    return sticks.isEmpty() ? EvidenceRoot.HOME : sticks.get(0).resolve(PROOF_FOLDER);
  }

  private static List<Path> foldersIn(Path mountPoints) {
    if (!Files.isDirectory(mountPoints)) {
      return List.of();
    }
    try (Stream<Path> listed = Files.list(mountPoints)) {
      return listed
          .filter(path -> Files.isDirectory(path) && !Files.isSymbolicLink(path))
          .sorted()
          .toList();
    } catch (IOException unreadable) {
      return List.of();
    }
  }

  private static boolean removableOnWindows(Path drive) {
    try {
      return Boolean.TRUE.equals(Files.getFileStore(drive).getAttribute("volume:isRemovable"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException noAnswer) {
      // An empty card reader or a drive that does not say: not offered.
      return false;
    }
  }
}
