package org.objectionhelper.browser;

import java.util.Optional;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.firefox.HasFullPageScreenshot;

/**
 * A picture of the whole page, not only the part in the window: Firefox has its own command for
 * it, Chromium's kin do it through CDP, also on a Grid (the session is augmented with CDP there).
 */
@FunctionalInterface
public interface FullPageScreenshots {

  /** The whole page as PNG. */
  byte[] fullPagePng();

  /** What the driver can do; empty where neither way is open (Edge on a Grid, Firefox on a Grid). */
  static Optional<FullPageScreenshots> of(WebDriver driver) {
    if (driver instanceof HasFullPageScreenshot firefox) {
      return Optional.of(() -> firefox.getFullPageScreenshotAs(OutputType.BYTES));
    }
    if (driver instanceof HasCdp cdp) {
      return Optional.of(new CdpFullPageScreenshot(cdp));
    }
    return Optional.empty();
  }
}
