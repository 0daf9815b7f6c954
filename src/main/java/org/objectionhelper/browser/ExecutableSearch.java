package org.objectionhelper.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Finds programs on a search path, the way a shell would. */
final class ExecutableSearch {
  private final List<Path> directories;

  ExecutableSearch(List<Path> directories) {
    this.directories = List.copyOf(directories);
  }

  static ExecutableSearch ofSystemPath() {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return new ExecutableSearch(
        Arrays.stream(path.split(File.pathSeparator))
            .filter(entry -> !entry.isBlank())
            .map(Path::of)
            .toList());
  }

  Optional<Path> find(String... names) {
    for (String name : names) {
      for (Path directory : directories) {
        Path candidate = directory.resolve(name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
