package org.objectionhelper.a11y;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The page as a person sees it who zooms in: at 200 % a page has half as many CSS pixels across, so
 * the window is made that much narrower (and lower), measured, and given its size back.
 */
public final class Zoom {
  /**
   * Texts a person cannot read in full: outside the window sideways, beyond the edge of a box that
   * hides what overflows, or shortened with an ellipsis.
   */
  private static final String MEASURE =
      """
      const width = document.documentElement.clientWidth;
      const cutOff = [];
      const clips = (overflow) => overflow === 'hidden' || overflow === 'clip';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const el = text.parentElement;
        if (!text.textContent.trim() || !el || getComputedStyle(el).visibility !== 'visible') continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
        if (!rects.length) continue;
        let cut = rects.some((r) => r.left < -1 || r.right > width + 1)
            || (getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth);
        for (let box = el; box && !cut && box !== document.documentElement; box = box.parentElement) {
          const style = getComputedStyle(box);
          const edge = box.getBoundingClientRect();
          cut = rects.some((r) => (clips(style.overflowX)
                  && (r.left < edge.left - 1 || r.right > edge.right + 1))
              || (clips(style.overflowY) && (r.top < edge.top - 1 || r.bottom > edge.bottom + 1)));
        }
        if (cut) {
          cutOff.push('"' + text.textContent.trim().substring(0, 40) + '" in '
              + el.tagName.toLowerCase() + (el.id ? '#' + el.id : ''));
        }
      }
      return {viewport: width, page: document.documentElement.scrollWidth, cutOff: cutOff};
      """;

  private static final String VIEWPORT = "return [window.innerWidth, window.innerHeight];";

  private Zoom() {}

  /** How the page lays out at {@code percent} zoom of the window it has now. */
  public static Reflow at(WebDriver driver, int percent) {
    WebDriver.Window window = driver.manage().window();
    Dimension before = window.getSize();
    List<?> viewport = (List<?>) js(driver).executeScript(VIEWPORT);
    long frameWidth = before.getWidth() - ((Number) viewport.get(0)).longValue();
    long frameHeight = before.getHeight() - ((Number) viewport.get(1)).longValue();
    try {
      window.setSize(
          new Dimension(
              (int) (frameWidth + ((Number) viewport.get(0)).longValue() * 100 / percent),
              (int) (frameHeight + ((Number) viewport.get(1)).longValue() * 100 / percent)));
      Map<?, ?> measured = (Map<?, ?>) js(driver).executeScript(MEASURE);
      return new Reflow(
          percent,
          ((Number) measured.get("viewport")).longValue(),
          ((Number) measured.get("page")).longValue(),
          ((List<?>) measured.get("cutOff")).stream().map(String::valueOf).toList());
    } finally {
      window.setSize(before);
    }
  }

  /** Fails when, at 200 %, the page must be scrolled sideways or a text is cut off. */
  public static Reflow assertReadableAt200Percent(WebDriver driver) {
    Reflow reflow = at(driver, 200);
    assertTrue(reflow.readable(), driver.getCurrentUrl() + ": " + reflow);
    return reflow;
  }

  private static JavascriptExecutor js(WebDriver driver) {
    return (JavascriptExecutor) driver;
  }
}
