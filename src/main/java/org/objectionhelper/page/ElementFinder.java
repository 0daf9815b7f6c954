package org.objectionhelper.page;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.objectionhelper.profile.Locator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Finds elements by a profile's locators, all tried in one round trip to the browser, and waits
 * for them in one place. A form inside a same-origin iframe is found too: the driver is then left
 * in that frame, so that the element can be used; the next search starts from the top again.
 */
public final class ElementFinder {
  private final WebDriver driver;
  private final TopDocument top;

  public ElementFinder(WebDriver driver) {
    this.driver = driver;
    this.top = new TopDocument(driver);
  }

  public Optional<Match> findNow(List<Locator> locators) {
    List<Map<String, String>> arguments =
        locators.stream().map(l -> Map.of("kind", l.kind().name(), "value", l.value())).toList();
    String find = Scripts.named("find");
    Object result = top.run(find, arguments, false);
    boolean inAFrame = false;
    while (result instanceof Number frame) {
      driver.switchTo().frame(frame.intValue());
      inAFrame = true;
      result = ((JavascriptExecutor) driver).executeScript(find, arguments, true);
    }
    if (!(result instanceof List<?> pair) || pair.size() != 2) {
      if (inAFrame) {
        driver.switchTo().defaultContent();
      }
      return Optional.empty();
    }
    int index = ((Number) pair.get(1)).intValue();
    return Optional.of(new Match((WebElement) pair.get(0), locators.get(index)));
  }

  public Match waitFor(String what, List<Locator> locators, Duration timeout) {
    return Poll.until(timeout, () -> findNow(locators))
        .orElseThrow(
            () ->
                new FormChangedException(
                    String.format(
                        Locale.ROOT,
                        "%s not found on %s after %.1f s (tried: %s)",
                        what,
                        driver.getCurrentUrl(),
                        timeout.toMillis() / 1000.0,
                        describe(locators))));
  }

  /** How locators read in messages: {@code label 'E-Mail', name 'Field1230011437108436'}. */
  public static String describe(List<Locator> locators) {
    return locators.stream().map(Locator::describe).collect(Collectors.joining(", "));
  }
}
