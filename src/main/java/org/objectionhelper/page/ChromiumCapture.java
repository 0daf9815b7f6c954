package org.objectionhelper.page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Captures through the DevTools protocol, sent raw through chromedriver: Selenium's typed DevTools
 * classes lag behind the browser's releases, the raw commands do not.
 */
final class ChromiumCapture implements PageCapture {
  private static final double A4_WIDTH_INCHES = 8.27;
  private static final double A4_HEIGHT_INCHES = 11.69;

  private final WebDriver driver;
  private final HasCdp cdp;

  ChromiumCapture(WebDriver driver, HasCdp cdp) {
    this.driver = driver;
    this.cdp = cdp;
  }

  @Override
  public byte[] viewport() {
    return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
  }

  @Override
  public byte[] fullPage() {
    Map<String, Object> metrics = cdp.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x",
            0,
            "y",
            0,
            "width",
            content.get("width"),
            "height",
            content.get("height"),
            "scale",
            1);
    return decoded(
        cdp.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)));
  }

  @Override
  public byte[] pdf() {
    return decoded(
        cdp.executeCdpCommand(
            "Page.printToPDF",
            Map.of(
                "printBackground",
                true,
                "paperWidth",
                A4_WIDTH_INCHES,
                "paperHeight",
                A4_HEIGHT_INCHES)));
  }

  @Override
  public Archive archive() {
    try {
      Map<String, Object> snapshot =
          cdp.executeCdpCommand("Page.captureSnapshot", Map.of("format", "mhtml"));
      return new Archive(
          "confirmation.mhtml",
          String.valueOf(snapshot.get("data")).getBytes(StandardCharsets.UTF_8));
    } catch (WebDriverException unavailable) {
      // headless shells without MHTML support: the DOM as HTML still shows what the page said
      return new Archive(
          "confirmation.html", driver.getPageSource().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static byte[] decoded(Map<String, Object> result) {
    return Base64.getDecoder().decode(String.valueOf(result.get("data")));
  }
}
