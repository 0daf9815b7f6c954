package org.objectionhelper.browser;

import java.nio.file.Path;
import java.util.Optional;
import org.objectionhelper.profile.Language;

/**
 * How to start the browser, resolved once from the command line.
 *
 * @param driver a chromedriver the person named, else PATH and then WebDriverManager are used
 * @param persistentProfile a browser profile the person wants kept; empty means a throw-away one
 */
public record BrowserOptions(
    Optional<Path> driver, Optional<Path> persistentProfile, boolean headless, Language language) {

  public static BrowserOptions headless(Language language) {
    return new BrowserOptions(Optional.empty(), Optional.empty(), true, language);
  }
}
