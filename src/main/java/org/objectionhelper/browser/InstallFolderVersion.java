package org.objectionhelper.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A browser's version read from its install folder rather than from the browser: on Windows, {@code
 * chrome.exe --version} and {@code msedge.exe --version} open a window and print nothing. Chrome,
 * Edge and Chromium keep their files in a folder named after the version next to the program
 * ({@code Application\131.0.6778.86\}); Firefox names it in {@code application.ini}.
 */
final class InstallFolderVersion {
  private static final Pattern VERSION_FOLDER = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
  private static final Pattern INI_VERSION = Pattern.compile("Version=(\\d+\\.[\\w.]+)");

  private InstallFolderVersion() {}

  /** Programs that are started the Windows way, a window of their own, no console output. */
  static boolean isWindowsProgram(Path program) {
    return program.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".exe");
  }

  static Optional<String> of(Path program) {
    Path folder = program.toAbsolutePath().getParent();
    return newestVersionFolder(folder).or(() -> applicationIni(folder));
  }

  private static Optional<String> newestVersionFolder(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(Files::isDirectory)
          .map(entry -> entry.getFileName().toString())
          .filter(name -> VERSION_FOLDER.matcher(name).matches())
          .max(Comparator.comparing(InstallFolderVersion::numbers, Arrays::compare));
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  private static Optional<String> applicationIni(Path folder) {
    try (Stream<String> lines =
        Files.lines(folder.resolve("application.ini"), StandardCharsets.UTF_8)) {
      return lines
          .map(INI_VERSION::matcher)
          .filter(Matcher::matches)
          .map(matcher -> matcher.group(1))
          .findFirst();
    } catch (IOException | UncheckedIOException unreadable) {
      return Optional.empty();
    }
  }

  private static int[] numbers(String version) {
    return Stream.of(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
  }
}
