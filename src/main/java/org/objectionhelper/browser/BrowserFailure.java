package org.objectionhelper.browser;

import org.openqa.selenium.InvalidElementStateException;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.NotFoundException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.interactions.MoveTargetOutOfBoundsException;

/**
 * Tells a browser that stopped working from a page that changed under the tool's hand, and turns
 * Selenium's long failure texts into the one line a person is shown.
 */
public final class BrowserFailure {
  private BrowserFailure() {}

  /**
   * Whether the failure says something about the page rather than the browser: an element that went
   * away or is covered, a script that met another page, an alert. The browser itself still works.
   */
  public static boolean isPageState(WebDriverException e) {
    if (e instanceof NoSuchWindowException) {
      return false;
    }
    return e instanceof NotFoundException
        || e instanceof StaleElementReferenceException
        || e instanceof InvalidElementStateException
        || e instanceof MoveTargetOutOfBoundsException
        || e instanceof UnhandledAlertException
        || e instanceof JavascriptException
        || replacedUnderTheCall(e);
  }

  /**
   * An element found in one command that belongs to a page the next one already replaced:
   * chromedriver then says this instead of "stale element".
   */
  private static boolean replacedUnderTheCall(WebDriverException e) {
    return String.valueOf(e.getRawMessage()).contains("does not belong to the document");
  }

  public static String summary(WebDriverException e) {
    String message = String.valueOf(e.getRawMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
