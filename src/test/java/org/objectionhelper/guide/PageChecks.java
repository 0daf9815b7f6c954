package org.objectionhelper.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Function;
import org.objectionhelper.a11y.AxeCheck;
import org.objectionhelper.a11y.AxeFindings;
import org.objectionhelper.a11y.Keyboard;
import org.objectionhelper.a11y.Zoom;
import org.objectionhelper.page.PageCapture;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a test does on each of the assistant's pages: wait for it, check it with axe-core (no
 * serious or critical finding) and at 200 % zoom, save a full-page screenshot to {@code
 * target/assistant-pages/NAME.png} and note axe's result in {@code target/assistant-pages/axe.txt};
 * and the keys a person presses there.
 */
public final class PageChecks {
  public static final Path PAGES = Path.of("target/assistant-pages");
  private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

  /** The first h1's text as shown, or null where the page has none yet. */
  private static final String HEADING =
      "const h = document.querySelector('h1'); return h && h.innerText.trim();";

  private final WebDriver driver;
  private final Keyboard keyboard;

  public PageChecks(WebDriver driver) {
    this.driver = driver;
    this.keyboard = new Keyboard(driver);
  }

  public Keyboard keyboard() {
    return keyboard;
  }

  /**
   * Waits until the page's main heading reads {@code heading}. The heading is read in one script:
   * an element found in one command may belong to a page already replaced by the next (chromedriver
   * then says "Node with given id does not belong to the document", not "stale").
   */
  public PageChecks at(String heading) {
    new WebDriverWait(driver, PAGE_LOAD)
        .withMessage(() -> "heading '" + heading + "' on " + driver.getCurrentUrl() + shows())
        .until(d -> heading.equals(((JavascriptExecutor) d).executeScript(HEADING)));
    return this;
  }

  /** What the page shows instead, for a failure message. */
  private String shows() {
    String text = driver.findElement(By.tagName("body")).getText();
    return "; it shows: " + text.substring(0, Math.min(300, text.length()));
  }

  /** Checks the page as it is now and saves it as {@code name}. */
  public AxeFindings check(String name) {
    AxeFindings findings = AxeCheck.on(driver).assertNoBlockingFindings();
    Zoom.on(driver).assertReadableAt200Percent();
    save(name, findings.summary());
    return findings;
  }

  public PageChecks type(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
    return this;
  }

  /** Replaces the focused field's text, as a person selects all and types. */
  public PageChecks replaceWith(String text) {
    new Actions(driver)
        .keyDown(Keys.CONTROL)
        .sendKeys("a")
        .keyUp(Keys.CONTROL)
        .sendKeys(text)
        .perform();
    return this;
  }

  public PageChecks tabTo(String label) {
    keyboard.tabTo(Keyboard.labelled(label), 40);
    return this;
  }

  public void waitFor(String what, Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, PAGE_LOAD)
        .ignoring(StaleElementReferenceException.class)
        .withMessage(what)
        .until(condition::apply);
  }

  private void save(String name, String axeSummary) {
    try {
      Files.createDirectories(PAGES);
      Files.write(PAGES.resolve(name + ".png"), PageCapture.of(driver).fullPage());
      Files.writeString(
          PAGES.resolve("axe.txt"),
          name + ".png: axe " + axeSummary + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
