package org.objectionhelper.a11y;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A person with only a keyboard: presses Tab (real key events, so the browser shows its focus ring
 * as it would for them) and says which element holds the focus then.
 */
public final class Keyboard {
  /**
   * The focused element and whether its focus shows: an outline or a box shadow that it does not
   * have without the focus (a mark the page keeps on it anyway says nothing). To compare, the
   * element loses the focus for a moment; after a key press the browser shows the focus ring again.
   */
  private static final String FOCUSED =
      """
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const indicator = () => {
        const style = getComputedStyle(el);
        const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
            && style.outlineColor !== 'transparent' && !/rgba\\(.*,\\s*0\\)/.test(style.outlineColor);
        return [outlined ? style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor : '',
            style.boxShadow === 'none' ? '' : style.boxShadow].join('|');
      };
      const focused = indicator();
      el.blur();
      const unfocused = indicator();
      el.focus();
      const label = (el.getAttribute('aria-label')
          || (el.labels && el.labels.length ? el.labels[0].textContent : '')
          || el.textContent || el.value || el.placeholder || '').trim().replace(/\\s+/g, ' ');
      return {
        element: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
            + (el.name ? '[name=' + el.name + ']' : ''),
        label: label.substring(0, 60),
        visible: focused !== '|' && focused !== unfocused,
      };
      """;

  private final WebDriver driver;

  public Keyboard(WebDriver driver) {
    this.driver = driver;
  }

  /**
   * Puts the point Tab moves on from at the top of the page, as if the page were just opened: the
   * browser goes on from an element that merely lost the focus.
   */
  public void startAtTop() {
    ((JavascriptExecutor) driver)
        .executeScript(
            """
            const start = document.createElement('span');
            start.tabIndex = -1;
            document.body.prepend(start);
            start.focus();
            start.remove();
            """);
  }

  /** Presses Tab once; empty focus (the page itself) is reported as {@code body}. */
  public Focused tab() {
    new Actions(driver).sendKeys(Keys.TAB).perform();
    return focused();
  }

  public Focused focused() {
    Object found = ((JavascriptExecutor) driver).executeScript(FOCUSED);
    if (!(found instanceof Map<?, ?> focused)) {
      return new Focused("body", "", false);
    }
    return new Focused(
        String.valueOf(focused.get("element")),
        String.valueOf(focused.get("label")),
        Boolean.TRUE.equals(focused.get("visible")));
  }

  /**
   * Presses Tab until the focus is on the element {@code wanted} accepts, at most {@code presses}
   * times; fails with the way the focus took when it never got there, or when an element on the way
   * did not show its focus.
   */
  public List<Focused> tabTo(Predicate<Focused> wanted, int presses) {
    List<Focused> way = new ArrayList<>();
    for (int i = 0; i < presses; i++) {
      Focused now = tab();
      way.add(now);
      if (!now.focusVisible() && !now.element().equals("body")) {
        fail("the focus is not visible on " + now + "; the way with Tab: " + way);
      }
      if (wanted.test(now)) {
        return way;
      }
    }
    fail("Tab pressed " + presses + " times never reached the element; the way: " + way);
    return way;
  }

  /** Matches the element by the label a person reads on it. */
  public static Predicate<Focused> labelled(String label) {
    return focused -> focused.label().equals(label);
  }
}
