package org.objectionhelper.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectionhelper.profile.Locator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The locators a profile could find an element by, as the page shows it now, for {@code probe
 * --write-profile}: what a person reads first, what only the markup says last.
 */
public final class AsFound {
  private final WebDriver driver;

  public AsFound(WebDriver driver) {
    this.driver = driver;
  }

  /**
   * A field: the label a person reads, its aria-label and placeholder, its name; where it has them.
   */
  public List<Locator> field(Match field) {
    Map<String, String> read = describe(field);
    List<Locator> locators = new ArrayList<>();
    add(locators, Locator.Kind.LABEL, read.get("label"));
    add(locators, Locator.Kind.ARIA, read.get("aria"));
    add(locators, Locator.Kind.PLACEHOLDER, read.get("placeholder"));
    add(locators, Locator.Kind.NAME, read.get("name"));
    return locators;
  }

  /** The Send control: the words it says. */
  public List<Locator> send(Match send) {
    List<Locator> locators = new ArrayList<>();
    add(locators, Locator.Kind.TEXT, describe(send).get("text"));
    return locators;
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> describe(Match match) {
    return (Map<String, String>)
        ((JavascriptExecutor) driver)
            .executeScript(Scripts.withLabels("describe"), match.element());
  }

  private static void add(List<Locator> locators, Locator.Kind kind, String value) {
    if (value != null && !value.isEmpty()) {
      locators.add(new Locator(kind, value));
    }
  }
}
