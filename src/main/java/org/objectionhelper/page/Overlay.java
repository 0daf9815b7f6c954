package org.objectionhelper.page;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The tool's guidance inside the page: a banner atop the page (never inside a frame the form sits
 * in), and outlines on the fields it filled.
 */
public final class Overlay {
  private final WebDriver driver;
  private final JavascriptExecutor js;

  public Overlay(WebDriver driver) {
    this.driver = driver;
    this.js = (JavascriptExecutor) driver;
  }

  public void show(String text) {
    driver.switchTo().defaultContent();
    js.executeScript(Scripts.named("overlay"), text);
  }

  public void highlight(WebElement element) {
    js.executeScript(Scripts.named("highlight"), element);
  }

  /** Removes banner and outlines, so that evidence shows Meta's page as Meta served it. */
  public void clear() {
    driver.switchTo().defaultContent();
    js.executeScript(Scripts.named("overlay"), (Object) null);
  }
}
