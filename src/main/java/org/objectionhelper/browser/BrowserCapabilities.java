package org.objectionhelper.browser;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumOptions;
import org.openqa.selenium.edge.EdgeOptions;
import org.openqa.selenium.firefox.FirefoxOptions;
import org.openqa.selenium.json.Json;

/**
 * The capabilities each browser is started with: the person's language, a quiet start, one window
 * size.
 */
final class BrowserCapabilities {
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 1000;

  private static final String PREFERENCES = BundledText.read("/browser/chromium-preferences.json");

  private final LaunchSettings settings;

  BrowserCapabilities(LaunchSettings settings) {
    this.settings = settings;
  }

  MutableCapabilities of(BrowserChoice browser) {
    return switch (browser) {
      case CHROME, CHROMIUM -> chromium(new ChromeOptions());
      case EDGE -> chromium(new EdgeOptions());
      case FIREFOX -> firefox();
    };
  }

  <T extends ChromiumOptions<?>> T chromium(T options) {
    settings.binary().ifPresent(binary -> options.setBinary(binary.toFile()));
    settings
        .browserProfile()
        .ifPresent(
            browserProfile ->
                options.addArguments("--user-data-dir=" + browserProfile.toAbsolutePath()));
    options.addArguments(chromiumArguments());
    options.setExperimentalOption("prefs", new Json().toType(chromiumPreferences(), Json.MAP_TYPE));
    options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
    return options;
  }

  /** The switches for Chromium's kin, profile and program aside. */
  List<String> chromiumArguments() {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--lang=" + settings.language().code(),
                "--accept-lang=" + settings.acceptLanguages(),
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-features=Translate,MediaRouter,OptimizationHints",
                "--window-size=" + WIDTH + "," + HEIGHT));
    if (settings.headless()) {
      arguments.addAll(List.of("--headless=new", "--disable-gpu"));
    }
    if (settings.noSandbox()) {
      arguments.add("--no-sandbox");
    }
    return arguments;
  }

  /**
   * The profile's preferences as JSON: the person's languages, and nothing that keeps what they
   * type (passwords, addresses) or sends it elsewhere (suggestions, translation).
   */
  String chromiumPreferences() {
    return PREFERENCES.replace("ACCEPT_LANGUAGES", settings.acceptLanguages());
  }

  FirefoxOptions firefox() {
    FirefoxOptions options = new FirefoxOptions();
    settings.binary().ifPresent(options::setBinary);
    settings
        .browserProfile()
        .ifPresent(
            browserProfile ->
                options.addArguments("-profile", browserProfile.toAbsolutePath().toString()));
    options.addArguments("--width=" + WIDTH, "--height=" + HEIGHT);
    if (settings.headless()) {
      options.addArguments("-headless");
    }
    options.addPreference("intl.accept_languages", settings.acceptLanguages());
    options.addPreference("intl.locale.requested", settings.language().code());
    options.addPreference("signon.rememberSignons", false);
    options.addPreference("browser.shell.checkDefaultBrowser", false);
    return options;
  }
}
