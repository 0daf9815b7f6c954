package org.objectionhelper.browser;

import io.github.bonigarcia.wdm.WebDriverManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.manager.SeleniumManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a browser is installed when it is not on PATH: Chrome under Program Files or in
 * /Applications, the Edge that every Windows has, Firefox. The places come from the libraries that
 * keep them, not from a list of ours: Selenium Manager (whose programs for Windows, macOS and Linux
 * ship inside the Selenium jar) for Chrome, Edge and Firefox; for Chromium, which Selenium Manager
 * does not know by name, WebDriverManager's commands database as its jar carries it. Both are asked
 * offline, and Selenium Manager is told not to send usage statistics.
 */
final class InstallPlaces {
  private static final Logger LOG = LoggerFactory.getLogger(InstallPlaces.class);

  private final Function<List<String>, Optional<Path>> seleniumManager;
  private final Function<BrowserChoice, Optional<Path>> commandsDatabase;

  /**
   * @param seleniumManager runs Selenium Manager with these arguments and returns the browser path
   *     it reports, if any
   * @param commandsDatabase WebDriverManager's answer for a browser
   */
  InstallPlaces(
      Function<List<String>, Optional<Path>> seleniumManager,
      Function<BrowserChoice, Optional<Path>> commandsDatabase) {
    this.seleniumManager = seleniumManager;
    this.commandsDatabase = commandsDatabase;
  }

  static InstallPlaces standard() {
    return new InstallPlaces(InstallPlaces::askSeleniumManager, InstallPlaces::askWebDriverManager);
  }

  Optional<Path> find(BrowserChoice browser) {
    return seleniumManagerName(browser)
        .map(InstallPlaces::seleniumManagerArguments)
        .flatMap(seleniumManager)
        .filter(found -> browser != BrowserChoice.CHROME || !isChromium(found))
        .or(
            () ->
                browser == BrowserChoice.CHROMIUM
                    ? commandsDatabase.apply(browser)
                    : Optional.empty());
  }

  /**
   * Where Chrome is missing on Linux, Selenium Manager offers Chromium: that is the tool's
   * Chromium.
   */
  private static boolean isChromium(Path program) {
    return program.getFileName().toString().toLowerCase(Locale.ROOT).contains("chromium");
  }

  /** Only where the browser is, never a download, and no usage statistics sent. */
  static List<String> seleniumManagerArguments(String browser) {
    return List.of("--browser", browser, "--offline", "--avoid-stats", "--skip-driver-in-path");
  }

  static Optional<String> seleniumManagerName(BrowserChoice browser) {
    return switch (browser) {
      case CHROME -> Optional.of("chrome");
      case EDGE -> Optional.of("edge");
      case FIREFOX -> Optional.of("firefox");
      case CHROMIUM -> Optional.empty();
    };
  }

  /**
   * Selenium passes system properties that start with {@code SE_} to every Selenium Manager it
   * runs, Selenium's own runs included: none of them sends usage statistics.
   */
  static void avoidStatistics() {
    System.setProperty("SE_AVOID_STATS", "true");
  }

  private static Optional<Path> askSeleniumManager(List<String> arguments) {
    avoidStatistics();
    // Offline, it warns that it cannot download a driver: nothing a person needs to read.
    SeleniumLogging.quiet();
    try {
      String found = SeleniumManager.getInstance().getBinaryPaths(arguments).getBrowserPath();
      return found == null || found.isBlank() ? Optional.empty() : Optional.of(Path.of(found));
    } catch (RuntimeException e) {
      LOG.debug("Selenium Manager could not tell where {} is", arguments, e);
      return Optional.empty();
    }
  }

  private static Optional<Path> askWebDriverManager(BrowserChoice browser) {
    try {
      return WebDriverManager.chromiumdriver().useLocalCommandsPropertiesFirst().getBrowserPath();
    } catch (RuntimeException e) {
      LOG.debug("WebDriverManager could not tell where {} is", browser.cliName(), e);
      return Optional.empty();
    }
  }
}
