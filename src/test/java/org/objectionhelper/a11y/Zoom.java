package org.objectionhelper.a11y;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The page as a person sees it who zooms in: at 200 % a page has half as many CSS pixels across, so
 * the window is made that much narrower (and lower), measured, and given its size back. {@code
 * Zoom.on(driver).within("#objection-helper-banner").assertReadableAt200Percent()} looks only at
 * that element: whether it fits the window and shows all its text.
 */
public final class Zoom {
  /**
   * Texts a person cannot read in full: outside the window sideways, beyond the edge of a box that
   * hides what overflows, or shortened with an ellipsis. arguments[0]: the CSS selector of the
   * element to look at, or null for the whole page.
   */
  private static final String MEASURE =
      """
      const root = arguments[0] === null ? document.body : document.querySelector(arguments[0]);
      if (!root) return null;
      const width = document.documentElement.clientWidth;
      const outer = root.getBoundingClientRect();
      const laidOut = arguments[0] === null ? document.documentElement.scrollWidth
          : Math.ceil(Math.max(outer.right, outer.left + root.scrollWidth));
      const cutOff = [];
      const clips = (overflow) => overflow === 'hidden' || overflow === 'clip';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
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
      return {viewport: width, page: laidOut, cutOff: cutOff};
      """;

  private static final String VIEWPORT = "return [window.innerWidth, window.innerHeight];";

  private final WebDriver driver;
  private final Optional<String> scope;

  private Zoom(WebDriver driver, Optional<String> scope) {
    this.driver = driver;
    this.scope = scope;
  }

  public static Zoom on(WebDriver driver) {
    return new Zoom(driver, Optional.empty());
  }

  /** Looks only at the element the CSS selector finds. */
  public Zoom within(String cssSelector) {
    return new Zoom(driver, Optional.of(cssSelector));
  }

  /** How the page lays out at {@code percent} zoom of the window it has now. */
  public Reflow at(int percent) {
    return whileZoomed(
        percent,
        () -> {
          Object measured = js().executeScript(MEASURE, scope.orElse(null));
          if (!(measured instanceof Map<?, ?> reflow)) {
            return fail("nothing on " + driver.getCurrentUrl() + " matches " + scope.orElse(""));
          }
          return new Reflow(
              percent,
              ((Number) reflow.get("viewport")).longValue(),
              ((Number) reflow.get("page")).longValue(),
              ((List<?>) reflow.get("cutOff")).stream().map(String::valueOf).toList());
        });
  }

  /** What {@code look} sees at {@code percent} zoom; the window gets its size back afterwards. */
  public <T> T whileZoomed(int percent, Supplier<T> look) {
    WebDriver.Window window = driver.manage().window();
    Dimension before = window.getSize();
    List<?> viewport = (List<?>) js().executeScript(VIEWPORT);
    long width = ((Number) viewport.get(0)).longValue();
    long height = ((Number) viewport.get(1)).longValue();
    try {
      window.setSize(
          new Dimension(
              (int) (before.getWidth() - width + width * 100 / percent),
              (int) (before.getHeight() - height + height * 100 / percent)));
      return look.get();
    } finally {
      window.setSize(before);
    }
  }

  /** Fails when, at 200 %, the page must be scrolled sideways or a text is cut off. */
  public Reflow assertReadableAt200Percent() {
    Reflow reflow = at(200);
    assertTrue(
        reflow.readable(),
        driver.getCurrentUrl()
            + scope.map(selector -> " within " + selector).orElse("")
            + ": "
            + reflow);
    return reflow;
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) driver;
  }
}
