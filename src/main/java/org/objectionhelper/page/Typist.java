package org.objectionhelper.page;

import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Types text into a field as text input, the way an input method does: characters, never markup,
 * and a line break is a line break, not an Enter key that could send the form.
 */
final class Typist {
  private final WebDriver driver;

  Typist(WebDriver driver) {
    this.driver = driver;
  }

  /** Types into {@code field}, which has the focus. */
  void type(WebElement field, String text) {
    if (driver instanceof HasCdp cdp) {
      // Input.insertText also carries characters outside the BMP (emoji) that chromedriver's
      // sendKeys refuses, and fires the same input events as typing.
      cdp.executeCdpCommand("Input.insertText", Map.of("text", text));
    } else {
      field.sendKeys(text);
    }
  }
}
