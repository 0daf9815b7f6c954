package org.objectionhelper.browser;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Selenium logs through java.util.logging, and warns about its DevTools version on every start,
 * which means nothing to a person: only its severe messages reach the terminal. Set just before
 * Selenium is first used, so that setting up java.util.logging overlaps the browser's start.
 */
final class SeleniumLogging {
  // Held here: java.util.logging keeps loggers only weakly, and would forget the level.
  private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

  private SeleniumLogging() {}

  static void quiet() {
    SELENIUM.setLevel(Level.SEVERE);
  }
}
