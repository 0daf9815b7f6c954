package org.objectionhelper.browser;

import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;
import org.objectionhelper.basics.Language;

/**
 * How to start the browser, resolved once from the command line.
 *
 * @param browser which browser; empty means the first one installed (Chromium, Chrome, Edge,
 *     Firefox)
 * @param grid a Selenium Grid to start it on; empty means on this computer
 * @param driver a driver the person named, else PATH and then WebDriverManager are used
 * @param browserProfile a browser profile the person wants kept; empty means a throw-away one
 */
public record BrowserOptions(
    Optional<BrowserChoice> browser,
    Optional<URL> grid,
    Optional<Path> driver,
    Optional<Path> browserProfile,
    boolean headless,
    Language language) {

  public static BrowserOptions headless(Language language) {
    return new BrowserOptions(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true, language);
  }

  public BrowserOptions with(BrowserChoice choice) {
    return new BrowserOptions(
        Optional.of(choice), grid, driver, browserProfile, headless, language);
  }

  public BrowserOptions onGrid(URL url) {
    return new BrowserOptions(
        browser, Optional.of(url), driver, browserProfile, headless, language);
  }
}
