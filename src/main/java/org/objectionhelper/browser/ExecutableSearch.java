package org.objectionhelper.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds programs on a search path, the way a shell would: on Windows also by the endings in PATHEXT
 * ({@code chrome} finds {@code chrome.exe}).
 */
final class ExecutableSearch {
  private final List<Path> directories;
  private final List<String> endings;

  ExecutableSearch(List<Path> directories) {
    this(directories, List.of());
  }

  /**
   * @param endings what Windows appends to a program's name ({@code .EXE}, {@code .CMD}, ...)
   */
  ExecutableSearch(List<Path> directories, List<String> endings) {
    this.directories = List.copyOf(directories);
    this.endings = List.copyOf(endings);
  }

  static ExecutableSearch ofSystemPath() {
    return of(System.getenv("PATH"), File.pathSeparator, System.getenv("PATHEXT"));
  }

  /**
   * The search path as the system gives it. Entries are taken as Windows' own search takes them:
   * quotes around an entry ({@code "C:\Program Files\Git\cmd"}) and blanks around it are dropped,
   * and an entry that is no valid path here is skipped rather than ending the run.
   *
   * @param pathExt Windows' PATHEXT; absent on other systems
   */
  static ExecutableSearch of(String path, String separator, String pathExt) {
    List<Path> directories = new ArrayList<>();
    for (String entry : Optional.ofNullable(path).orElse("").split(separator)) {
      String cleaned = entry.strip().replace("\"", "").strip();
      if (cleaned.isEmpty()) {
        continue;
      }
      try {
        directories.add(Path.of(cleaned));
      } catch (InvalidPathException notAPath) {
        // A broken entry in the person's PATH is theirs to mend; the others still count.
      }
    }
    List<String> endings =
        Arrays.stream(Optional.ofNullable(pathExt).orElse("").split(";"))
            .map(String::strip)
            .filter(ending -> ending.startsWith("."))
            .toList();
    return new ExecutableSearch(directories, endings);
  }

  Optional<Path> find(String... names) {
    for (String name : names) {
      for (Path directory : directories) {
        for (String candidateName : spellings(name)) {
          Path candidate = directory.resolve(candidateName);
          if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
            return Optional.of(candidate);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The name as given; on Windows, the name with each PATHEXT ending (in lower case too, as Windows
   * ignores case), and the name as given only where it has an ending of its own.
   */
  private List<String> spellings(String name) {
    if (endings.isEmpty()) {
      return List.of(name);
    }
    List<String> spellings = new ArrayList<>();
    for (String ending : endings) {
      spellings.add(name + ending.toLowerCase(Locale.ROOT));
      spellings.add(name + ending);
    }
    if (name.contains(".")) {
      spellings.add(0, name);
    }
    return spellings;
  }
}
