package org.objectionhelper.page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.firefox.HasFullPageScreenshot;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Captures through WebDriver's own commands, for browsers without CDP: Firefox (with its own
 * full-page screenshot), and Edge or Firefox on a Grid. Where no full-page command exists (on a
 * Grid) the full page falls back to the window, and the archive to the page's HTML.
 */
final class WebDriverCapture implements PageCapture {
  private static final PageSize A4 = new PageSize(29.7, 21.0);

  private final WebDriver driver;

  WebDriverCapture(WebDriver driver) {
    this.driver = driver;
  }

  @Override
  public byte[] viewport() {
    return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
  }

  @Override
  public byte[] fullPage() {
    return driver instanceof HasFullPageScreenshot firefox
        ? firefox.getFullPageScreenshotAs(OutputType.BYTES)
        : viewport();
  }

  @Override
  public byte[] pdf() {
    PrintOptions options = new PrintOptions();
    options.setPageSize(A4);
    options.setBackground(true);
    return Base64.getDecoder().decode(((PrintsPage) driver).print(options).getContent());
  }

  @Override
  public Archive archive() {
    return new Archive(
        "confirmation.html", driver.getPageSource().getBytes(StandardCharsets.UTF_8));
  }
}
