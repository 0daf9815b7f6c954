package org.objectionhelper.browser;

import io.github.bonigarcia.wdm.WebDriverManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds chromedriver: the one the person named, else the one on PATH (Debian's chromium-driver),
 * else one that WebDriverManager resolves for the installed browser.
 */
public final class DriverLocator {
  static final String INSTALL_HINT = "sudo apt-get install -y chromium chromium-driver";
  private static final Logger LOG = LoggerFactory.getLogger(DriverLocator.class);

  private final ExecutableSearch path;
  private final Supplier<Optional<Path>> download;

  DriverLocator(ExecutableSearch path, Supplier<Optional<Path>> download) {
    this.path = path;
    this.download = download;
  }

  public static DriverLocator standard() {
    return new DriverLocator(ExecutableSearch.ofSystemPath(), DriverLocator::resolveWithWebDriverManager);
  }

  public Path locate(Optional<Path> named) {
    if (named.isPresent()) {
      Path driver = named.get();
      if (!Files.isExecutable(driver)) {
        throw new BrowserStartException("chromedriver not found or not executable: " + driver);
      }
      return driver;
    }
    return path.find("chromedriver")
        .or(download)
        .orElseThrow(
            () ->
                new BrowserStartException(
                    "No chromedriver found on PATH and none could be downloaded. Install it: "
                        + INSTALL_HINT));
  }

  private static Optional<Path> resolveWithWebDriverManager() {
    try {
      WebDriverManager manager = WebDriverManager.chromedriver();
      manager.setup();
      return Optional.ofNullable(manager.getDownloadedDriverPath()).map(Path::of);
    } catch (RuntimeException e) {
      LOG.debug("WebDriverManager could not resolve chromedriver", e);
      return Optional.empty();
    }
  }
}
