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
  private static final int LABEL_LENGTH = 80;

  private final WebDriver driver;

  public AsFound(WebDriver driver) {
    this.driver = driver;
  }

  /**
   * A field: the label a person reads, its aria-label and placeholder, its name; where it has them.
   */
  public List<Locator> field(Match field) {
    Map<String, Object> read = describe(field);
    List<Locator> locators = new ArrayList<>();
    add(locators, Locator.Kind.LABEL, read.get("label"));
    add(locators, Locator.Kind.ARIA, read.get("aria"));
    add(locators, Locator.Kind.PLACEHOLDER, read.get("placeholder"));
    add(locators, Locator.Kind.NAME, read.get("name"));
    return locators;
  }

  /**
   * The Send control: the words it says; where it is no button or link (a text locator finds only
   * those), first its tag and classes where they name it alone.
   */
  public List<Locator> send(Match send) {
    Map<String, Object> read = describe(send);
    List<Locator> locators = new ArrayList<>();
    if (!Boolean.TRUE.equals(read.get("clickable"))) {
      add(locators, Locator.Kind.CSS, read.get("css"));
    }
    add(locators, Locator.Kind.TEXT, read.get("text"));
    return locators;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> describe(Match match) {
    return (Map<String, Object>)
        ((JavascriptExecutor) driver)
            .executeScript(Scripts.withLabels("describe"), match.element());
  }

  private static void add(List<Locator> locators, Locator.Kind kind, Object value) {
    String text = value == null ? "" : value.toString();
    if (!text.isEmpty()) {
      // A label matches as a prefix: its start is enough, and keeps the profile's texts short.
      locators.add(
          new Locator(
              kind,
              kind == Locator.Kind.LABEL && text.length() > LABEL_LENGTH
                  ? text.substring(0, LABEL_LENGTH).strip()
                  : text));
    }
  }
}
