package org.objectionhelper.browser;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.edge.EdgeDriver;
import org.openqa.selenium.edge.EdgeDriverService;
import org.openqa.selenium.edge.EdgeOptions;
import org.openqa.selenium.firefox.FirefoxDriver;
import org.openqa.selenium.firefox.GeckoDriverService;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.service.DriverService;

/**
 * Starts the chosen browser, here through its driver with a profile that keeps the person's data to
 * this run, or on a Selenium Grid.
 */
public final class BrowserLauncher {
  private static final Duration DEVTOOLS_TIMEOUT = Duration.ofSeconds(60);

  private final DriverLocator drivers;
  private final BrowserFinder browsers;

  BrowserLauncher(DriverLocator drivers, BrowserFinder browsers) {
    this.drivers = drivers;
    this.browsers = browsers;
  }

  public static BrowserLauncher standard() {
    return new BrowserLauncher(DriverLocator.standard(), BrowserFinder.standard());
  }

  public BrowserSession start(BrowserOptions options) {
    BrowserChoice browser = options.browser().orElseGet(browsers::installed);
    return options.grid().isPresent()
        ? startOnGrid(browser, options.grid().get(), options)
        : startHere(browser, options);
  }

  private BrowserSession startHere(BrowserChoice browser, BrowserOptions options) {
    File driver = drivers.locate(browser, options.driver()).toFile();
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    Optional<Path> throwaway =
        options.browserProfile().isPresent()
            ? Optional.empty()
            : Optional.of(ThrowawayBrowserProfile.create(temp));
    LaunchSettings settings =
        new LaunchSettings(
            options.language(),
            options.headless(),
            options.browserProfile().or(() -> throwaway),
            browsers.find(browser),
            "root".equals(System.getProperty("user.name")));
    BrowserCapabilities capabilities = new BrowserCapabilities(settings);
    Optional<ChromiumProcess> process = Optional.empty();
    try {
      if (startsBrowserItself(browser, settings.binary(), throwaway)) {
        process =
            Optional.of(
                ChromiumProcess.start(
                    settings.binary().get(),
                    capabilities.chromiumArguments(),
                    throwaway.get(),
                    capabilities.chromiumPreferences()));
        ThrowawayBrowserProfile.recordBrowser(throwaway.get(), process.get().handle());
      }
      // While the browser starts: what crashed runs left behind. This run's profile names a living
      // owner, so it is never taken for a leftover.
      ThrowawayBrowserProfile.deleteLeftovers(temp);
      SeleniumLogging.quiet();
      InstallPlaces.avoidStatistics();
      WebDriver started =
          switch (browser) {
            case CHROME, CHROMIUM ->
                process.isPresent()
                    ? attach(
                        process.get(), OwnSessionDriverService.build(driver, throwaway), driver)
                    : new ChromeDriver(
                        OwnSessionDriverService.build(driver, throwaway),
                        capabilities.chromium(new ChromeOptions()));
            case EDGE ->
                new EdgeDriver(
                    service(new EdgeDriverService.Builder(), driver),
                    capabilities.chromium(new EdgeOptions()));
            case FIREFOX ->
                new FirefoxDriver(
                    service(new GeckoDriverService.Builder(), driver), capabilities.firefox());
          };
      return new BrowserSession(started, process, throwaway);
    } catch (RuntimeException e) {
      process.ifPresent(ChromiumProcess::close);
      throwaway.ifPresent(ThrowawayBrowserProfile::delete);
      if (e instanceof WebDriverException failure) {
        throw new BrowserStartException(
            "failed", e, BrowserFailure.summary(failure), browser.browserInstall());
      }
      throw e;
    }
  }

  /**
   * Chromium and Chrome on a throw-away profile start first and on their own, while Selenium loads;
   * chromedriver attaches once they are up. A kept profile is the person's own, so there
   * chromedriver starts the browser and leaves its preferences alone; it also finds a browser that
   * is not on PATH.
   */
  private static boolean startsBrowserItself(
      BrowserChoice browser, Optional<Path> binary, Optional<Path> throwaway) {
    return (browser == BrowserChoice.CHROMIUM || browser == BrowserChoice.CHROME)
        && binary.isPresent()
        && throwaway.isPresent();
  }

  /**
   * chromedriver starts while the browser does, and attaches to it once it has opened its DevTools.
   */
  private static WebDriver attach(
      ChromiumProcess browser, ChromeDriverService service, File driver) {
    try {
      service.start();
      ChromeOptions options = new ChromeOptions();
      options.setExperimentalOption("debuggerAddress", browser.debuggerAddress(DEVTOOLS_TIMEOUT));
      return new ChromeDriver(service, options);
    } catch (IOException e) {
      service.stop();
      throw new BrowserStartException("driver.failed", e, driver, e.getMessage());
    } catch (RuntimeException e) {
      service.stop();
      throw e;
    }
  }

  /**
   * The Grid's machine has its own browser, driver and profiles: only the person's language and the
   * window travel. Augmenting the session brings CDP back to Chrome and Chromium there.
   */
  private BrowserSession startOnGrid(BrowserChoice browser, URL grid, BrowserOptions options) {
    if (options.browserProfile().isPresent() || options.driver().isPresent()) {
      throw new BrowserStartException("grid.files");
    }
    LaunchSettings settings =
        new LaunchSettings(
            options.language(), options.headless(), Optional.empty(), Optional.empty(), false);
    SeleniumLogging.quiet();
    try {
      RemoteWebDriver remote =
          new RemoteWebDriver(grid, new BrowserCapabilities(settings).of(browser));
      return new BrowserSession(
          new Augmenter().augment(remote), Optional.empty(), Optional.empty());
    } catch (WebDriverException e) {
      throw new BrowserStartException(
          "grid.failed", e, grid, browser.cliName(), BrowserFailure.summary(e));
    }
  }

  private static <S extends DriverService, B extends DriverService.Builder<S, B>> S service(
      B builder, File driver) {
    return builder.usingDriverExecutable(driver).usingAnyFreePort().build();
  }
}
