package org.objectionhelper.a11y;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the copy inside the axe-core Selenium jar, so no test reaches the internet) on the
 * page the browser shows, or only on one element of it: {@code
 * AxeCheck.on(driver).within("#objection-helper-banner").assertNoBlockingFindings()}.
 */
public final class AxeCheck {
  private final WebDriver driver;
  private final Optional<String> scope;

  private AxeCheck(WebDriver driver, Optional<String> scope) {
    this.driver = driver;
    this.scope = scope;
  }

  public static AxeCheck on(WebDriver driver) {
    return new AxeCheck(driver, Optional.empty());
  }

  /** Checks only the element the CSS selector finds, and what it holds. */
  public AxeCheck within(String cssSelector) {
    return new AxeCheck(driver, Optional.of(cssSelector));
  }

  public AxeFindings findings() {
    // Legacy mode runs axe in the page itself; the default opens a blank window to collect frame
    // results, which the browser as the tool starts it blocks as a popup.
    AxeBuilder axe = new AxeBuilder().setLegacyMode(true);
    scope.ifPresent(axe::include);
    Results results = axe.analyze(driver);
    if (results.isErrored()) {
      fail("axe-core could not check " + where() + ": " + results.getErrorMessage());
    }
    return new AxeFindings(results.getViolations().stream().flatMap(AxeCheck::perElement).toList());
  }

  /** Fails, listing every finding, when one of them is serious or critical. */
  public AxeFindings assertNoBlockingFindings() {
    AxeFindings found = findings();
    if (!found.blocking().isEmpty()) {
      fail("axe-core finds serious or critical problems on " + where() + ": " + found);
    }
    return found;
  }

  private String where() {
    return driver.getCurrentUrl() + scope.map(selector -> " within " + selector).orElse("");
  }

  private static Stream<Finding> perElement(Rule rule) {
    return rule.getNodes().stream()
        .map(
            node ->
                new Finding(
                    rule.getId(),
                    Optional.ofNullable(node.getImpact()).orElse(rule.getImpact()),
                    targetOf(node.getTarget()),
                    rule.getHelp()));
  }

  /** axe names an element by a list of selectors, one per frame or shadow root on the way. */
  private static String targetOf(Object target) {
    return target instanceof List<?> path
        ? String.join(" >> ", path.stream().map(String::valueOf).toList())
        : String.valueOf(target);
  }
}
