package org.objectionhelper.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds the browser the person has, in this order: on PATH, by the names it goes by there
 * (Chromium, Chrome, Edge, Firefox); then in the standard install places of Windows, macOS and
 * Linux ({@link InstallPlaces}), Chrome, Edge and Firefox first, as every Windows has Edge, and
 * Chromium last. {@code --browser} only narrows the search to that browser.
 */
final class BrowserFinder {
  private static final List<BrowserChoice> INSTALL_PLACES_ORDER =
      List.of(
          BrowserChoice.CHROME, BrowserChoice.EDGE, BrowserChoice.FIREFOX, BrowserChoice.CHROMIUM);

  private final ExecutableSearch path;
  private final Function<BrowserChoice, Optional<Path>> installPlaces;

  /** Asking Selenium Manager starts a program: once per browser is enough. */
  private final Map<BrowserChoice, Optional<Path>> installed = new ConcurrentHashMap<>();

  BrowserFinder(ExecutableSearch path, Function<BrowserChoice, Optional<Path>> installPlaces) {
    this.path = path;
    this.installPlaces = browser -> installed.computeIfAbsent(browser, installPlaces);
  }

  static BrowserFinder standard() {
    return new BrowserFinder(ExecutableSearch.ofSystemPath(), InstallPlaces.standard()::find);
  }

  /** Where this browser's program is, if installed. */
  Optional<Path> find(BrowserChoice browser) {
    return path.find(browser.programs()).or(() -> installPlaces.apply(browser));
  }

  /** The first browser found in the order above, else Chromium (whose hint then helps). */
  BrowserChoice installed() {
    for (BrowserChoice browser : BrowserChoice.values()) {
      if (path.find(browser.programs()).isPresent()) {
        return browser;
      }
    }
    return INSTALL_PLACES_ORDER.stream()
        .filter(browser -> installPlaces.apply(browser).isPresent())
        .findFirst()
        .orElse(BrowserChoice.CHROMIUM);
  }
}
