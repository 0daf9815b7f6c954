package org.objectionhelper.browser;

import io.github.bonigarcia.wdm.WebDriverManager;
import io.github.bonigarcia.wdm.config.DriverManagerType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the driver for a browser: the one the person named, else the one on PATH (Debian's
 * chromium-driver, say), else one that WebDriverManager downloads for the installed browser.
 */
public final class DriverLocator {
  private static final Logger LOG = LoggerFactory.getLogger(DriverLocator.class);

  private final ExecutableSearch path;
  private final Function<BrowserChoice, Optional<Path>> download;

  DriverLocator(ExecutableSearch path, Function<BrowserChoice, Optional<Path>> download) {
    this.path = path;
    this.download = download;
  }

  public static DriverLocator standard() {
    return new DriverLocator(
        ExecutableSearch.ofSystemPath(), DriverLocator::resolveWithWebDriverManager);
  }

  public Path locate(BrowserChoice browser, Optional<Path> named) {
    if (named.isPresent()) {
      Path driver = named.get();
      if (!Files.isExecutable(driver)) {
        throw new BrowserStartException("driver.missing", browser.driver(), driver);
      }
      return driver;
    }
    return path.find(browser.driver())
        .or(() -> download.apply(browser))
        .orElseThrow(
            () ->
                new BrowserStartException(
                    "driver.none", browser.driver(), browser.driverInstall()));
  }

  private static Optional<Path> resolveWithWebDriverManager(BrowserChoice browser) {
    try {
      WebDriverManager manager = WebDriverManager.getInstance(managerType(browser));
      manager.setup();
      return Optional.ofNullable(manager.getDownloadedDriverPath()).map(Path::of);
    } catch (RuntimeException e) {
      LOG.debug("WebDriverManager could not resolve {}", browser.driver(), e);
      return Optional.empty();
    }
  }

  private static DriverManagerType managerType(BrowserChoice browser) {
    return switch (browser) {
      case CHROME -> DriverManagerType.CHROME;
      case CHROMIUM -> DriverManagerType.CHROMIUM;
      case EDGE -> DriverManagerType.EDGE;
      case FIREFOX -> DriverManagerType.FIREFOX;
    };
  }
}
