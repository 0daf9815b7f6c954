package org.objectionhelper.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real Selenium Manager from the Selenium jar, its Linux program, told to look as it would on
 * Windows or macOS ({@code --os}): its own table of install places, tried on folders a test shapes
 * like Program Files or /Applications. On Linux, Selenium Manager joins Windows' relative install
 * paths with backslashes, so a simulated {@code Google\Chrome\Application\chrome.exe} is one file
 * of that name in the folder that stands for Program Files.
 */
final class SeleniumManagerOnLinux {
  private static final String RESOURCE =
      "/org/openqa/selenium/manager/linux-x86_64/selenium-manager";

  private SeleniumManagerOnLinux() {}

  static boolean available() {
    return System.getProperty("os.name").startsWith("Linux")
        && System.getProperty("os.arch").matches("amd64|x86_64")
        && SeleniumManagerOnLinux.class.getResource(RESOURCE) != null;
  }

  /** Copies the program to {@code folder/selenium-manager}. */
  static Path install(Path folder) throws IOException {
    Path program = folder.resolve("selenium-manager");
    try (InputStream in = SeleniumManagerOnLinux.class.getResourceAsStream(RESOURCE)) {
      Files.copy(in, program, StandardCopyOption.REPLACE_EXISTING);
    }
    program.toFile().setExecutable(true);
    return program;
  }

  /** Runs as on Windows, with these folders as PROGRAMFILES, PROGRAMFILES(X86) and LOCALAPPDATA. */
  static Optional<Path> onWindows(
      Path program, Map<String, Path> environment, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(program.toString()));
    command.addAll(arguments);
    command.addAll(
        List.of("--os", "windows", "--cache-path", program.resolveSibling("cache").toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    environment.forEach((name, folder) -> builder.environment().put(name, folder.toString()));
    return run(builder);
  }

  /**
   * Runs as on macOS, inside {@code root} (chroot; root only) where {@code /Applications} is the
   * test's.
   */
  static Optional<Path> onMacIn(Path root, List<String> arguments) {
    List<String> command =
        new ArrayList<>(List.of("/usr/sbin/chroot", root.toString(), "/selenium-manager"));
    command.addAll(arguments);
    command.addAll(List.of("--os", "macos", "--cache-path", "/cache"));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    return run(builder).map(inside -> root.resolve(root.getRoot().relativize(inside)));
  }

  private static Optional<Path> run(ProcessBuilder builder) {
    List<String> command = new ArrayList<>(builder.command());
    command.addAll(List.of("--output", "json"));
    try {
      Process process =
          builder.command(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] output = process.getInputStream().readAllBytes();
      process.waitFor(60, TimeUnit.SECONDS);
      String found =
          new ObjectMapper().readTree(output).path("result").path("browser_path").asText("");
      return found.isEmpty() ? Optional.empty() : Optional.of(Path.of(found));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
