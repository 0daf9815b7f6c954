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

  /**
   * Shows {@code text} with a button labelled {@code done}, by which the person says they are done;
   * shown again unchanged, it keeps whether it was pressed.
   */
  public void showWithButton(String text, String done) {
    top.run(Scripts.named("overlay"), text, done);
  }

  /** Whether the person pressed the banner's button in the page shown now. */
  public boolean pressed() {
    return Boolean.TRUE.equals(top.run(Scripts.named("banner-pressed")));
  }

  /** Removes banner and outlines, so that evidence shows Meta's page as Meta served it. */
  public void clear() {
    top.run(Scripts.named("overlay"), (Object) null);
  }
}
