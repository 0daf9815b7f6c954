package org.objectionhelper.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.browser.BrowserLauncher;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.page.Overlay;
import org.objectionhelper.replica.ReplicaSite;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Every banner the tool puts into Meta's page, in German and English, on the replica's form: axe
 * finds nothing in it, it takes neither the focus nor a Tab stop, it covers no Send button, and it
 * reads in full at 400 % (a 320 px window, WCAG's reflow), so at 200 % too. The replica's own
 * markup stands in for Meta's and is not checked.
 */
@Tag("browser")
class BannerAccessibilityTest {
  private static final String BANNER = "#objection-helper-banner";

  /** An evidence folder in a root whose long name has no place to wrap at. */
  private static final String FOLDER =
      "/Users/annabeispielfrau/Documents/WiderspruchsnachweiseFuerMeta/2026-11-29T11-15-02Z_instagram";

  /**
   * Each banner as the flow shows it (ObjectionFlow, LoginWait, QuestionWait, Review, InboxVisit's
   * login).
   */
  private static Map<String, String> banners(Messages messages) {
    Map<String, String> banners = new LinkedHashMap<>();
    banners.put("login", messages.text("login.banner", "Instagram"));
    banners.put("question", messages.text("question.first.banner"));
    banners.put(
        "review with an ambiguous field",
        messages.text("review.banner", Duration.ofMinutes(20))
            + "\n"
            + messages.text("fill.ambiguous.banner", "email"));
    banners.put("review changed", messages.text("review.changed", "email", "other@example.org"));
    banners.put("code", messages.text("pause.code.banner"));
    banners.put("check", messages.text("pause.check.banner"));
    banners.put("question pause", messages.text("pause.question.banner"));
    banners.put("code rejected", messages.text("pause.rejected"));
    banners.put("done", messages.text("done.banner", FOLDER));
    banners.put("login for the inbox", messages.text("login.banner.inbox", "Facebook"));
    return banners;
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyBannerIsAccessibleAndLeavesTheFormToThePerson(Language language) {
    try (FormInBrowser form = new FormInBrowser(language)) {
      WebDriver driver = form.driver();
      WebElement field = driver.findElement(By.cssSelector("form input[type=email]"));
      WebElement send = driver.findElement(By.cssSelector("form [type=submit]"));
      Overlay overlay = new Overlay(driver);
      List<String> problems = new ArrayList<>();

      banners(Messages.of(language))
          .forEach(
              (name, text) -> {
                field.click();
                overlay.show(language, text);
                String where = language + " " + name + " banner: ";
                if (!language.code().equals(banner(driver).getAttribute("lang"))) {
                  problems.add(where + "lang is " + banner(driver).getAttribute("lang"));
                }
                AxeCheck.on(driver)
                    .within(BANNER)
                    .findings()
                    .findings()
                    .forEach(finding -> problems.add(where + finding));
                if (!field.equals(driver.switchTo().activeElement())) {
                  problems.add(where + "took the focus from the form");
                }
                if (!showsUncovered(driver, send)) {
                  problems.add(where + "covers the Send button");
                }
                Reflow zoomed = Zoom.on(driver).within(BANNER).at(400);
                if (!zoomed.readable()) {
                  problems.add(where + zoomed);
                }
              });

      assertEquals(List.of(), problems);
      Keyboard keyboard = new Keyboard(driver);
      keyboard.startAtTop();
      assertNotEquals("div#objection-helper-banner", keyboard.tab().element());
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void showingTheSameTextAgainNeitherScrollsNorAnnouncesItAgain(Language language) {
    try (FormInBrowser form = new FormInBrowser(language)) {
      WebDriver driver = form.driver();
      Overlay overlay = new Overlay(driver);
      Messages messages = Messages.of(language);
      JavascriptExecutor page = (JavascriptExecutor) driver;
      overlay.show(language, messages.text("pause.code.banner"));
      page.executeScript(
          """
          document.body.style.paddingBottom = '3000px';
          window.scrollTo(0, 1500);
          window.bannerChanges = new MutationObserver(() => {});
          window.bannerChanges.observe(arguments[0], {childList: true, characterData: true, subtree: true});
          """,
          banner(driver));

      overlay.show(language, messages.text("pause.code.banner"));

      assertEquals(1500L, ((Number) page.executeScript("return window.scrollY")).longValue());
      assertEquals(
          0L,
          ((Number) page.executeScript("return window.bannerChanges.takeRecords().length"))
              .longValue());

      overlay.show(language, messages.text("pause.rejected"));

      assertEquals(0L, ((Number) page.executeScript("return window.scrollY")).longValue());
      assertEquals(messages.text("pause.rejected"), banner(driver).getText());
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theSupportInboxBannersButtonIsAccessibleAndTheFirstTabStop(Language language) {
    try (FormInBrowser form = new FormInBrowser(language)) {
      WebDriver driver = form.driver();
      Messages messages = Messages.of(language);
      String done = messages.text("inbox.banner.done");

      new Overlay(driver).showWithButton(language, messages.text("inbox.banner", "Facebook"), done);

      assertEquals(language.code(), banner(driver).getAttribute("lang"));
      assertEquals(List.of(), AxeCheck.on(driver).within(BANNER).findings().findings());
      Reflow zoomed = Zoom.on(driver).within(BANNER).at(400);
      assertTrue(zoomed.readable(), zoomed.toString());
      Keyboard keyboard = new Keyboard(driver);
      keyboard.startAtTop();
      assertEquals(new Focused("button", done, true), keyboard.tab());
    }
  }

  /** The replica's form, its visitor logged in, in a browser that speaks {@code language}. */
  private static final class FormInBrowser implements AutoCloseable {
    private final ReplicaSite replica =
        ReplicaSite.start(ReplicaSite.Options.defaults().withEveryoneSignedIn());
    private final BrowserSession browser;

    FormInBrowser(Language language) {
      try {
        browser = BrowserLauncher.standard().start(BrowserOptions.headless(language));
      } catch (RuntimeException notStarted) {
        replica.close();
        throw notStarted;
      }
      browser.driver().get(replica.formUrl(Platform.INSTAGRAM).toString());
    }

    WebDriver driver() {
      return browser.driver();
    }

    @Override
    public void close() {
      browser.close();
      replica.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void thePagesOwnDialogStaysAboveTheBannerAt200Percent(Language language) {
    try (FormInBrowser form = new FormInBrowser(language)) {
      WebDriver driver = form.driver();
      Overlay overlay = new Overlay(driver);
      Messages messages = Messages.of(language);
      overlay.show(language, messages.text("login.banner", "Instagram"));
      openReplicaDialog(driver);
      // the flow shows its banner again on every look at the page: a cookie question came up
      overlay.show(language, messages.text("login.banner", "Instagram"));
      assertEquals(List.of(), Zoom.on(driver).whileZoomed(200, () -> coveredInDialog(driver)));

      overlay.show(language, messages.text("done.banner", FOLDER));

      assertEquals(List.of(), Zoom.on(driver).whileZoomed(200, () -> coveredInDialog(driver)));
    }
  }

  /** Meta's confirmation as the replica shows it: a dialog fixed above the page. */
  private static void openReplicaDialog(WebDriver driver) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "document.body.append("
                + "document.querySelector('template[data-replica=confirmation]').content.cloneNode(true))");
  }

  private static List<String> coveredInDialog(WebDriver driver) {
    return driver
        .findElements(By.cssSelector("[role=dialog] h3, [role=dialog] p, [role=dialog] button"))
        .stream()
        .filter(element -> !showsUncovered(driver, element))
        .map(WebElement::getText)
        .toList();
  }

  private static WebElement banner(WebDriver driver) {
    return driver.findElement(By.cssSelector(BANNER));
  }

  /** Whether the element, scrolled into view, is what a click at its middle reaches. */
  private static boolean showsUncovered(WebDriver driver, WebElement element) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript(
                """
                const element = arguments[0];
                element.scrollIntoView({block: 'center'});
                const box = element.getBoundingClientRect();
                const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                return element === top || element.contains(top);
                """,
                element));
  }
}
