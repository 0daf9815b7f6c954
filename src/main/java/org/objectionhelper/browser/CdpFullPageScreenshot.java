package org.objectionhelper.browser;

import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.chromium.HasCdp;

/** Chromium's full-page screenshot: the page's content size from the layout, captured beyond the viewport. */
final class CdpFullPageScreenshot implements FullPageScreenshots {
  private final HasCdp cdp;

  CdpFullPageScreenshot(HasCdp cdp) {
    this.cdp = cdp;
  }

  @Override
  public byte[] fullPagePng() {
    Map<String, Object> layout = cdp.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<?, ?> content = (Map<?, ?>) layout.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", ((Number) content.get("width")).doubleValue(),
            "height", ((Number) content.get("height")).doubleValue(),
            "scale", 1);
    Map<String, Object> shot =
        cdp.executeCdpCommand(
            "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }
}
