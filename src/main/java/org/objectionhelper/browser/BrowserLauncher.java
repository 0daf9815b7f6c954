package org.objectionhelper.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.objectionhelper.profile.Language;

/** Starts Chromium through chromedriver with a profile that keeps the person's data to this run. */
public final class BrowserLauncher {
  private final DriverLocator drivers;
  private final ExecutableSearch path;

  BrowserLauncher(DriverLocator drivers, ExecutableSearch path) {
    this.drivers = drivers;
    this.path = path;
  }

  public static BrowserLauncher standard() {
    return new BrowserLauncher(DriverLocator.standard(), ExecutableSearch.ofSystemPath());
  }

  public BrowserSession start(BrowserOptions options) {
    Path driver = drivers.locate(options.driver());
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    ThrowawayProfile.deleteLeftovers(temp);
    Optional<Path> throwaway =
        options.persistentProfile().isPresent() ? Optional.empty() : Optional.of(ThrowawayProfile.create(temp));
    Path profile = options.persistentProfile().or(() -> throwaway).orElseThrow();
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
    try {
      ChromeDriver chrome = new ChromeDriver(service, chromeOptions(options, profile));
      return new BrowserSession(chrome, throwaway);
    } catch (WebDriverException e) {
      throwaway.ifPresent(ThrowawayProfile::delete);
      throw new BrowserStartException(
          "The browser could not be started (" + BrowserFailure.summary(e) + "). Install it: " + DriverLocator.INSTALL_HINT, e);
    }
  }

  private ChromeOptions chromeOptions(BrowserOptions options, Path profile) {
    ChromeOptions chrome = new ChromeOptions();
    path.find("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
        .ifPresent(binary -> chrome.setBinary(binary.toFile()));
    Language language = options.language();
    chrome.addArguments(
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--lang=" + language.code(),
        "--accept-lang=" + acceptLanguages(language),
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-features=Translate,MediaRouter,OptimizationHints",
        "--window-size=1280,1000");
    if (options.headless()) {
      chrome.addArguments("--headless=new", "--disable-gpu");
    }
    if ("root".equals(System.getProperty("user.name"))) {
      // Chromium refuses to start as root with its sandbox; root is how CI machines run.
      chrome.addArguments("--no-sandbox");
    }
    chrome.setExperimentalOption(
        "prefs",
        Map.of(
            "intl.accept_languages", acceptLanguages(language),
            "credentials_enable_service", false,
            "profile.password_manager_enabled", false));
    chrome.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
    return chrome;
  }

  private static String acceptLanguages(Language language) {
    return language == Language.DE ? "de-DE,de,en" : "en-GB,en,de";
  }
}
