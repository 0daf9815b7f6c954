package org.objectionhelper.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.objectionhelper.time.Time;

/**
 * Chromium (or Chrome) started by the tool itself on a throw-away profile, for chromedriver to
 * attach to. The browser is the slowest part of the start, so it goes first, while the JVM is still
 * loading Selenium; had chromedriver started it, it would wait for that. The browser gets the
 * switches chromedriver would give it, except those for tests. Closing ends the browser and every
 * process it started.
 */
final class ChromiumProcess implements AutoCloseable {
  /** What chromedriver passes to a browser it starts, less what only suits tests or logs. */
  private static final List<String> QUIET_START =
      List.of(
          "--disable-background-timer-throttling",
          "--disable-backgrounding-occluded-windows",
          "--disable-client-side-phishing-detection",
          "--disable-default-apps",
          "--disable-hang-monitor",
          "--disable-prompt-on-repost",
          "--no-service-autorun",
          "--password-store=basic",
          "--use-mock-keychain");

  private static final String PORT_FILE = "DevToolsActivePort";
  private static final String LOG_FILE = "chromium.log";
  private static final Duration POLL = Duration.ofMillis(10);
  private static final Duration EXIT_WAIT = Duration.ofSeconds(5);

  private final Process process;
  private final Path browserProfile;
  private final Time time;
  private final Thread endAtExit = new Thread(this::endAndForget, "objection-helper-browser-end");

  private ChromiumProcess(Process process, Path browserProfile, Time time) {
    this.process = process;
    this.browserProfile = browserProfile;
    this.time = time;
  }

  /**
   * Starts {@code binary} on the fresh {@code browserProfile} with {@code arguments} and the given
   * preferences; the browser's own output goes to a log inside the profile.
   */
  static ChromiumProcess start(
      Path binary, List<String> arguments, Path browserProfile, String preferences) {
    return start(binary, arguments, browserProfile, preferences, Time.SYSTEM);
  }

  /** As above, waiting for the DevTools on {@code time}. */
  static ChromiumProcess start(
      Path binary, List<String> arguments, Path browserProfile, String preferences, Time time) {
    try {
      Path defaults = Files.createDirectories(browserProfile.resolve("Default"));
      Files.writeString(defaults.resolve("Preferences"), preferences, StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>();
      command.add(binary.toString());
      command.addAll(arguments);
      command.addAll(QUIET_START);
      command.add("--user-data-dir=" + browserProfile.toAbsolutePath());
      command.add("--remote-debugging-port=0");
      command.add("about:blank");
      Process process =
          new ProcessBuilder(OwnSession.standard().command(command))
              .redirectErrorStream(true)
              .redirectOutput(browserProfile.resolve(LOG_FILE).toFile())
              .start();
      ChromiumProcess browser = new ChromiumProcess(process, browserProfile, time);
      Runtime.getRuntime().addShutdownHook(browser.endAtExit);
      return browser;
    } catch (IOException e) {
      throw new BrowserStartException("program", e, binary, e.getMessage());
    }
  }

  /** The browser's process, for its profile to name (see ThrowawayBrowserProfile.recordBrowser). */
  ProcessHandle handle() {
    return process.toHandle();
  }

  /**
   * The {@code host:port} of the browser's DevTools, once it has opened them; the browser names the
   * port it chose in a file in its profile.
   */
  String debuggerAddress(Duration timeout) {
    try {
      return time.until(timeout, POLL, this::portWhileRunning)
          .map(port -> "127.0.0.1:" + port)
          .orElseThrow(() -> new BrowserStartException("no.devtools", timeout.toSeconds()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrowserStartException("interrupted", e);
    }
  }

  /** The port once the browser has announced it; fails where the browser ended first. */
  private Optional<String> portWhileRunning() {
    Optional<String> port = announcedPort();
    if (port.isEmpty() && !process.isAlive()) {
      throw new BrowserStartException("ended", String.valueOf(process.exitValue()), lastLogLine());
    }
    return port;
  }

  /** The port in the first line of the file, once the browser has written it whole. */
  private Optional<String> announcedPort() {
    try {
      List<String> lines =
          Files.readAllLines(browserProfile.resolve(PORT_FILE), StandardCharsets.UTF_8);
      return lines.size() >= 2 && lines.get(0).matches("\\d+")
          ? Optional.of(lines.get(0))
          : Optional.empty();
    } catch (NoSuchFileException notYet) {
      return Optional.empty();
    } catch (IOException e) {
      throw new BrowserStartException("port.unreadable", e, e.getMessage());
    }
  }

  private String lastLogLine() {
    try {
      List<String> lines =
          Files.readAllLines(browserProfile.resolve(LOG_FILE), StandardCharsets.UTF_8);
      return lines.stream()
          .filter(line -> !line.isBlank())
          .reduce((first, second) -> second)
          .map(line -> ": " + line.strip())
          .orElse("");
    } catch (IOException unreadable) {
      return "";
    }
  }

  /**
   * From now on the browser's session ends the browser when the JVM exits, after letting the run
   * keep its evidence; until then, Ctrl-C while the browser starts ends it at once and deletes its
   * throw-away profile.
   */
  void handOverEndAtExit() {
    try {
      Runtime.getRuntime().removeShutdownHook(endAtExit);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already running the hooks, this one among them.
    }
  }

  @Override
  public void close() {
    handOverEndAtExit();
    end();
  }

  private void endAndForget() {
    end();
    try {
      ThrowawayBrowserProfile.delete(browserProfile);
    } catch (UncheckedIOException stillInUse) {
      // The JVM is ending; the next start deletes what is left.
    }
  }

  /**
   * Asks the browser to end (it closes its windows and child processes itself), then ends what is
   * left after a few seconds. The children are listed first: once the browser is gone, they no
   * longer count as its descendants.
   */
  private void end() {
    List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
    process.destroy();
    try {
      if (!process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }
}
