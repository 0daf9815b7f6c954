package org.objectionhelper.browser;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The browsers the tool can drive, each with the programs it is found by on PATH and what installs
 * them where they are missing (apt-get on Linux, the download page elsewhere).
 */
public enum BrowserChoice {
  CHROMIUM(
      "chromedriver",
      List.of("chromium", "chromium-browser"),
      "sudo apt-get install -y chromium",
      "sudo apt-get install -y chromium-driver",
      "https://www.chromium.org/getting-involved/download-chromium/",
      "https://googlechromelabs.github.io/chrome-for-testing/"),
  CHROME(
      "chromedriver",
      List.of("google-chrome", "google-chrome-stable", "chrome"),
      "https://www.google.com/chrome/",
      "https://googlechromelabs.github.io/chrome-for-testing/"),
  EDGE(
      "msedgedriver",
      List.of("microsoft-edge", "microsoft-edge-stable", "msedge"),
      "https://www.microsoft.com/edge",
      "https://developer.microsoft.com/microsoft-edge/tools/webdriver/"),
  FIREFOX(
      "geckodriver",
      List.of("firefox", "firefox-esr"),
      "sudo apt-get install -y firefox-esr",
      "https://github.com/mozilla/geckodriver/releases",
      "https://www.mozilla.org/firefox/",
      "https://github.com/mozilla/geckodriver/releases");

  private final String driver;
  private final List<String> programs;
  private final String debianBrowserInstall;
  private final String debianDriverInstall;
  private final String browserDownload;
  private final String driverDownload;

  BrowserChoice(String driver, List<String> programs, String browserInstall, String driverInstall) {
    this(driver, programs, browserInstall, driverInstall, browserInstall, driverInstall);
  }

  /** With other hints for Windows and macOS, where apt-get does not exist. */
  BrowserChoice(
      String driver,
      List<String> programs,
      String debianBrowserInstall,
      String debianDriverInstall,
      String browserDownload,
      String driverDownload) {
    this.driver = driver;
    this.programs = programs;
    this.debianBrowserInstall = debianBrowserInstall;
    this.debianDriverInstall = debianDriverInstall;
    this.browserDownload = browserDownload;
    this.driverDownload = driverDownload;
  }

  /** {@code chrome}, {@code chromium}, {@code edge} or {@code firefox}, in any case. */
  public static Optional<BrowserChoice> parse(String name) {
    return Arrays.stream(values())
        .filter(choice -> choice.cliName().equalsIgnoreCase(name.strip()))
        .findFirst();
  }

  /** The names {@link #parse} accepts, for help and error texts. */
  public static String names() {
    return Arrays.stream(values()).map(BrowserChoice::cliName).collect(Collectors.joining(", "));
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

  /**
   * Chromium's kin: driven through a ChromiumDriver, CDP at hand, driver and browser share a major
   * version.
   */
  public boolean chromiumBased() {
    return this != FIREFOX;
  }

  /** A command or address that installs the browser on this computer. */
  public String browserInstall() {
    return browserInstall(HostSystem.current());
  }

  /** A command or address that installs the browser on the given system. */
  public String browserInstall(HostSystem system) {
    return system == HostSystem.LINUX ? debianBrowserInstall : browserDownload;
  }

  /** A command or address that installs the driver on this computer. */
  public String driverInstall() {
    return driverInstall(HostSystem.current());
  }

  /** A command or address that installs the driver on the given system. */
  public String driverInstall(HostSystem system) {
    return system == HostSystem.LINUX ? debianDriverInstall : driverDownload;
  }
}
