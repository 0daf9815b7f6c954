package org.objectionhelper.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a browser or driver says of its own version ({@code --version}), and its major number. */
final class ProgramVersion {
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.\\d+");
  private static final long TIMEOUT_SECONDS = 20;

  private ProgramVersion() {}

  /**
   * The first line of its {@code --version} output that carries a version, if it answers in time;
   * for a Windows browser, which would open a window instead, what its install folder says.
   */
  static Optional<String> of(Path program) {
    if (InstallFolderVersion.isWindowsProgram(program)) {
      Optional<String> installed = InstallFolderVersion.of(program);
      if (installed.isPresent()) {
        return installed;
      }
    }
    return asked(program);
  }

  private static Optional<String> asked(Path program) {
    Process process;
    try {
      process =
          new ProcessBuilder(program.toString(), "--version")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      return Optional.empty();
    }
    try (InputStream output = process.getInputStream()) {
      String text =
          CompletableFuture.supplyAsync(() -> readAll(output))
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return text.lines()
          .map(String::strip)
          .filter(line -> VERSION.matcher(line).find())
          .findFirst();
    } catch (IOException | ExecutionException | TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      process.destroy();
    }
  }

  /** 156 of "Chromium 156.0.8078.79 built on Debian GNU/Linux 12". */
  static OptionalInt major(String version) {
    Matcher matcher = VERSION.matcher(version);
    return matcher.find()
        ? OptionalInt.of(Integer.parseInt(matcher.group(1)))
        : OptionalInt.empty();
  }

  private static String readAll(InputStream output) {
    try {
      return new String(output.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
