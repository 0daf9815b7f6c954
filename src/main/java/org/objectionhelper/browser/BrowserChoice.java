package org.objectionhelper.browser;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The browsers the tool can drive, each with the programs it is found by on PATH and what
 * installs them where they are missing.
 */
public enum BrowserChoice {
  CHROMIUM(
      "chromedriver",
      List.of("chromium", "chromium-browser"),
      "sudo apt-get install -y chromium",
      "sudo apt-get install -y chromium-driver"),
  CHROME(
      "chromedriver",
      List.of("google-chrome", "google-chrome-stable"),
      "https://www.google.com/chrome/",
      "https://googlechromelabs.github.io/chrome-for-testing/"),
  EDGE(
      "msedgedriver",
      List.of("microsoft-edge", "microsoft-edge-stable"),
      "https://www.microsoft.com/edge",
      "https://developer.microsoft.com/microsoft-edge/tools/webdriver/"),
  FIREFOX(
      "geckodriver",
      List.of("firefox", "firefox-esr"),
      "sudo apt-get install -y firefox-esr",
      "https://github.com/mozilla/geckodriver/releases");

  private final String driver;
  private final List<String> programs;
  private final String browserInstall;
  private final String driverInstall;

  BrowserChoice(String driver, List<String> programs, String browserInstall, String driverInstall) {
    this.driver = driver;
    this.programs = programs;
    this.browserInstall = browserInstall;
    this.driverInstall = driverInstall;
  }

  /** {@code chrome}, {@code chromium}, {@code edge} or {@code firefox}, in any case. */
  public static Optional<BrowserChoice> parse(String name) {
    return Arrays.stream(values()).filter(choice -> choice.cliName().equalsIgnoreCase(name.strip())).findFirst();
  }

  /** The names {@link #parse} accepts, for help and error texts. */
  public static String names() {
    return Arrays.stream(values()).map(BrowserChoice::cliName).collect(Collectors.joining(", "));
  }

  /** The first installed browser in the order of this enum, else Chromium (whose hint then helps). */
  static BrowserChoice installed(ExecutableSearch path) {
    return Arrays.stream(values())
        .filter(choice -> path.find(choice.programs()).isPresent())
        .findFirst()
        .orElse(CHROMIUM);
  }

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The WebDriver program for this browser, as named on PATH. */
  public String driver() {
    return driver;
  }

  /** The names the browser's program goes by on PATH, most common first. */
  public List<String> programNames() {
    return programs;
  }

  String[] programs() {
    return programs.toArray(String[]::new);
  }

  /** Chromium's kin: driven through a ChromiumDriver, CDP at hand, driver and browser share a major version. */
  public boolean chromiumBased() {
    return this != FIREFOX;
  }

  /** A command or address that installs the browser. */
  public String browserInstall() {
    return browserInstall;
  }

  /** A command or address that installs the driver. */
  public String driverInstall() {
    return driverInstall;
  }
}
