package org.objectionhelper.page;

import org.openqa.selenium.WebDriver;

/**
 * The tool's guidance inside the page: a banner atop the page (never inside a frame the form sits
 * in). Clearing it also removes the outlines on the fields the tool filled.
 */
public final class Overlay {
  private final TopDocument top;

  public Overlay(WebDriver driver) {
    this.top = new TopDocument(driver);
  }

  public void show(String text) {
    top.run(Scripts.named("overlay"), text);
  }

  /** Removes banner and outlines, so that evidence shows Meta's page as Meta served it. */
  public void clear() {
    top.run(Scripts.named("overlay"), (Object) null);
  }
}
