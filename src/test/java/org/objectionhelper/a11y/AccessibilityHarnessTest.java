package org.objectionhelper.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.objectionhelper.basics.Language;
import org.objectionhelper.browser.BrowserLauncher;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.browser.BrowserSession;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility checks themselves, on small pages whose faults are known
 * (src/test/resources/a11y).
 */
@Tag("browser")
class AccessibilityHarnessTest {
  private static BrowserSession browser;

  @BeforeAll
  static void startBrowser() {
    browser = BrowserLauncher.standard().start(BrowserOptions.headless(Language.EN));
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  private static WebDriver open(String page) throws URISyntaxException {
    WebDriver driver = browser.driver();
    driver.get(
        Path.of(AccessibilityHarnessTest.class.getResource("/a11y/" + page).toURI())
            .toUri()
            .toString());
    return driver;
  }

  @Test
  void axeFailsAPageWithSeriousAndCriticalFindingsAndNamesEachOne() throws URISyntaxException {
    AxeCheck check = AxeCheck.on(open("serious.html"));

    AssertionError failure = assertThrows(AssertionError.class, check::assertNoBlockingFindings);

    assertTrue(
        failure.getMessage().contains("serious color-contrast at #faint > p"),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("critical image-alt at img"), failure.getMessage());
    assertEquals(1L, check.findings().byImpact().get("serious"));
    assertEquals(1L, check.findings().byImpact().get("critical"));
  }

  @Test
  void axePassesACleanPage() throws URISyntaxException {
    AxeFindings found = AxeCheck.on(open("clean.html")).assertNoBlockingFindings();

    assertEquals(List.of(), found.findings());
    assertEquals("critical 0, serious 0, moderate 0, minor 0", found.summary());
  }

  @Test
  void axeWithinAnElementLooksOnlyThere() throws URISyntaxException {
    WebDriver driver = open("serious.html");

    assertEquals(List.of(), AxeCheck.on(driver).within("#clean-part").findings().findings());
    assertEquals(
        List.of("color-contrast"),
        AxeCheck.on(driver).within("#faint").findings().findings().stream()
            .map(Finding::rule)
            .toList());
  }

  @Test
  void tabWalksTheFormInOrderWithAVisibleFocus() throws URISyntaxException {
    Keyboard keyboard = new Keyboard(open("clean.html"));

    List<Focused> way = keyboard.tabTo(Keyboard.labelled("Send"), 5);

    assertEquals(
        List.of(
            new Focused("input#name[name=name]", "Name", true),
            new Focused("input#email[name=email]", "E-mail", true),
            new Focused("button", "Send", true)),
        way);
  }

  @Test
  void tabReportsAFieldThatHidesItsFocusOrLooksTheSameWithout() throws URISyntaxException {
    Keyboard keyboard = new Keyboard(open("hidden-focus.html"));

    assertTrue(keyboard.tab().focusVisible());
    assertEquals(new Focused("input#email[name=email]", "E-mail", false), keyboard.tab());
    assertEquals(new Focused("input#reason[name=reason]", "Reason", false), keyboard.tab());
    assertEquals(new Focused("button", "Send", true), keyboard.tab());
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () -> new Keyboard(open("hidden-focus.html")).tabTo(Keyboard.labelled("Send"), 5));
    assertTrue(
        failure.getMessage().contains("focus is not visible on input#email"), failure.getMessage());
  }

  @Test
  void tabStartsAtTheTopAgainOnRequest() throws URISyntaxException {
    Keyboard keyboard = new Keyboard(open("clean.html"));
    keyboard.tabTo(Keyboard.labelled("Send"), 5);

    keyboard.startAtTop();

    assertEquals("Name", keyboard.tab().label());
  }

  @Test
  void tabFailsWhenTheElementIsNeverReached() throws URISyntaxException {
    Keyboard keyboard = new Keyboard(open("clean.html"));

    assertThrows(AssertionError.class, () -> keyboard.tabTo(Keyboard.labelled("Cancel"), 4));
  }

  @Test
  void aPageThatWrapsStaysReadableAt200Percent() throws URISyntaxException {
    WebDriver driver = open("clean.html");
    long widthBefore = driver.manage().window().getSize().getWidth();

    Reflow reflow = Zoom.on(driver).assertReadableAt200Percent();

    assertTrue(reflow.viewportWidth() < 700, reflow.toString());
    assertEquals(
        widthBefore, driver.manage().window().getSize().getWidth(), "window size restored");
  }

  @Test
  void aFixedWidthScrollsSidewaysAt200PercentButNotAt100() throws URISyntaxException {
    WebDriver driver = open("too-wide.html");

    assertTrue(Zoom.on(driver).at(100).readable());
    Reflow zoomed = Zoom.on(driver).at(200);
    assertTrue(zoomed.scrollsSideways(), zoomed.toString());
    assertThrows(AssertionError.class, () -> Zoom.on(driver).assertReadableAt200Percent());
  }

  @Test
  void zoomWithinAnElementLooksOnlyAtThatElement() throws URISyntaxException {
    WebDriver driver = open("too-wide.html");

    assertTrue(Zoom.on(driver).within("#fits").at(200).readable());
    assertTrue(Zoom.on(driver).within("#fixed").at(200).scrollsSideways());
    assertThrows(AssertionError.class, () -> Zoom.on(driver).within("#missing").at(200));
  }

  @Test
  void textCutOffByItsBoxIsReported() throws URISyntaxException {
    WebDriver driver = open("cut-off.html");

    Reflow wide = Zoom.on(driver).at(100);
    Reflow zoomed = Zoom.on(driver).at(200);

    assertEquals(List.of("\"A long label shortened with an ellipsis\" in p#short"), wide.cutOff());
    assertFalse(zoomed.scrollsSideways(), zoomed.toString());
    assertEquals(
        List.of(
            "\"A sentence in a box of one line's height\" in p#box",
            "\"A long label shortened with an ellipsis\" in p#short"),
        zoomed.cutOff());
  }
}
