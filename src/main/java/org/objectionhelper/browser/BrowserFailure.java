package org.objectionhelper.browser;

import org.openqa.selenium.WebDriverException;

/** Turns Selenium's long failure texts into the one line a person is shown. */
public final class BrowserFailure {
  private BrowserFailure() {}

  public static String summary(WebDriverException e) {
    String message = String.valueOf(e.getRawMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
