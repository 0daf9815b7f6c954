package org.objectionhelper.page;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs scripts meant for the page's top document. A search may have left the driver in a frame; a
 * script that finds itself there answers {@link #IN_A_FRAME}, and runs again from the top. So the
 * usual case, a page without frames, costs one round trip to the browser instead of two.
 */
final class TopDocument {
  /** What a top-document script answers when run in a frame; it checks for that first. */
  static final String IN_A_FRAME = "objection-helper:in-a-frame";

  private final WebDriver driver;

  TopDocument(WebDriver driver) {
    this.driver = driver;
  }

  Object run(String script, Object... arguments) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    Object result = js.executeScript(script, arguments);
    if (IN_A_FRAME.equals(result)) {
      driver.switchTo().defaultContent();
      result = js.executeScript(script, arguments);
    }
    return result;
  }
}
