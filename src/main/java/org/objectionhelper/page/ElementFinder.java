package org.objectionhelper.page;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.objectionhelper.profile.Locator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Finds elements by a profile's locators, all tried in one round trip to the browser, and waits for
 * them in one place. A form inside a same-origin iframe is found too: the driver is then left in
 * that frame, so that the element can be used; the next search starts from the top again.
 */
public final class ElementFinder {
  /** What find.js answers, in place of a locator's index, for an element found by its role. */
  private static final int BY_ROLE = -1;

  /** What find.js answers where two elements fit the role equally. */
  private static final int AMBIGUOUS = -2;

  private static final String FIND =
      Scripts.withLabels("find") + "\nreturn findFirst(arguments[0], arguments[1], arguments[2]);";

  private final WebDriver driver;
  private final TopDocument top;

  public ElementFinder(WebDriver driver) {
    this.driver = driver;
    this.top = new TopDocument(driver);
  }

  public Optional<Match> findNow(List<Locator> locators) {
    return findNow(locators, Optional.empty());
  }

  /**
   * The first element the locators find, else, with a {@code hint}, the one element that fits its
   * role, in the same round trip.
   *
   * @throws AmbiguousFieldException where only the role is left and two elements fit it equally
   */
  public Optional<Match> findNow(List<Locator> locators, Optional<RoleHint> hint) {
    List<Map<String, String>> arguments = asScriptArgument(locators);
    Object role = hint.map(RoleHint::asScriptArgument).orElse(null);
    Object result = top.run(FIND, arguments, false, role);
    boolean inAFrame = false;
    while (result instanceof Number frame) {
      driver.switchTo().frame(frame.intValue());
      inAFrame = true;
      result = ((JavascriptExecutor) driver).executeScript(FIND, arguments, true, role);
    }
    if (!(result instanceof List<?> found) || found.size() < 2) {
      if (inAFrame) {
        driver.switchTo().defaultContent();
      }
      return Optional.empty();
    }
    int index = ((Number) found.get(1)).intValue();
    if (index == AMBIGUOUS) {
      throw new AmbiguousFieldException(hint.orElseThrow().role(), String.valueOf(found.get(2)));
    }
    WebElement element = (WebElement) found.get(0);
    return Optional.of(
        index == BY_ROLE
            ? Match.byRole(element, String.valueOf(found.get(2)))
            : Match.byLocator(element, locators.get(index)));
  }

  /** The locators as find.js takes them. */
  static List<Map<String, String>> asScriptArgument(List<Locator> locators) {
    return locators.stream()
        .map(locator -> Map.of("kind", locator.kind().name(), "value", locator.value()))
        .toList();
  }

  public Match waitFor(String what, List<Locator> locators, Duration timeout) {
    return waitFor(what, locators, Optional.empty(), timeout);
  }

  public Match waitFor(
      String what, List<Locator> locators, Optional<RoleHint> hint, Duration timeout) {
    return Poll.until(timeout, () -> findNow(locators, hint))
        .orElseThrow(() -> notFound(what, locators, hint, timeout));
  }

  /**
   * What a field that did not show within {@code waited} is reported as: what was tried, where, how
   * long.
   */
  public FormChangedException notFound(
      String what, List<Locator> locators, Optional<RoleHint> hint, Duration waited) {
    return new FormChangedException(
        hint.isPresent() ? "page.not.found.role" : "page.not.found",
        what,
        driver.getCurrentUrl(),
        waited.toMillis() / 1000.0,
        describe(locators));
  }

  /** How locators read in messages: {@code label 'E-Mail', name 'Field1230011437108436'}. */
  public static String describe(List<Locator> locators) {
    return locators.stream().map(Locator::describe).collect(Collectors.joining(", "));
  }
}
