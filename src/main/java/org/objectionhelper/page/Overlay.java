package org.objectionhelper.page;

import org.objectionhelper.basics.Language;
import org.openqa.selenium.WebDriver;

/**
 * The tool's guidance inside the page: a banner atop the page (never inside a frame the form sits
 * in). Clearing it also removes the outlines on the fields the tool filled.
 */
public final class Overlay implements Banner {
  private final TopDocument top;

  public Overlay(WebDriver driver) {
    this.top = new TopDocument(driver);
  }

  @Override
  public void show(Language language, String text) {
    top.run(Scripts.named("overlay"), text, language.code());
  }

  /**
   * Shows {@code text} with a button labelled {@code done}, by which the person says they are done;
   * shown again unchanged, it keeps whether it was pressed.
   */
  public void showWithButton(Language language, String text, String done) {
    top.run(Scripts.named("overlay"), text, language.code(), done);
  }

  /** Whether the person pressed the banner's button in the page shown now. */
  public boolean pressed() {
    return Boolean.TRUE.equals(top.run(Scripts.named("banner-pressed")));
  }

  @Override
  public void clear() {
    top.run(Scripts.named("overlay"), null, null);
  }
}
