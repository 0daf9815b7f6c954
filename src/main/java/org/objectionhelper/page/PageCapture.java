package org.objectionhelper.page;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * How the evidence takes the page in the browser: as seen, in full, printed and archived. One
 * implementation per browser family, since each has its own way to the full page and the archive.
 */
public interface PageCapture {

  /** The visible part of the page, as the person saw it. */
  byte[] viewport();

  /** The whole page, also what lies beyond the window, as PNG. */
  byte[] fullPage();

  /** The page printed to PDF on A4. */
  byte[] pdf();

  /** The page archived with its resources, or its HTML where the browser cannot archive. */
  Archive archive();

  /** An archived page and the file name that says its format. */
  record Archive(String fileName, byte[] content) {
    /** The same archive under another name, keeping the extension that says its format. */
    public Archive named(String stem) {
      return new Archive(stem + fileName.substring(fileName.lastIndexOf('.')), content);
    }
  }

  /**
   * The capture that fits the browser {@code driver} drives: CDP for Chromium's kin (also Chrome on
   * a Grid, whose session is augmented with CDP), WebDriver's own commands for the others.
   */
  static PageCapture of(WebDriver driver) {
    return driver instanceof HasCdp chromium
        ? new ChromiumCapture(driver, chromium)
        : new WebDriverCapture(driver);
  }
}
