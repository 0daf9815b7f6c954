package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.ReplicaSite;
import org.objectionhelper.replica.Variety;
import org.objectionhelper.replica.Variety.CountryField;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Country lists on a German page with the bundled profile: lists a page's script draws only while
 * open are chosen in by the country's German name, and a list that does not offer the country is
 * left for the person to choose in at the review, never the end of the run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
class CountryListTest {
  private static final String EMAIL = "anna.beispiel@example.org";

  @TempDir static Path evidence;
  private ReplicaHarness harness;

  @BeforeAll
  void startOneBrowser() {
    harness = new ReplicaHarness(Language.DE, evidence, ReplicaSite.Options.defaults());
  }

  @AfterAll
  void end() {
    harness.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = CountryField.class,
      names = {"PORTAL_LISTBOX", "FILTER_INPUT"})
  void choosesTheCountryByItsGermanNameInAListDrawnOnlyWhileOpen(CountryField shape) {
    harness.replica.vary(Variety.STANDARD.with(shape));
    harness.browser.driver().manage().deleteAllCookies();
    int before = harness.replica.submissions().size();

    Outcome outcome =
        harness.file(
            Platform.FACEBOOK,
            request("AT"),
            ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

    assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message() + harness.terminal());
    assertEquals("AT", harness.replica.submissions().get(before).country());
  }

  /** Kosovo (XK) has no ISO 3166 code of its own, and the replica's lists leave it out. */
  @ParameterizedTest
  @EnumSource(
      value = CountryField.class,
      names = {"SELECT", "PORTAL_LISTBOX"})
  void aCountryTheListDoesNotOfferIsLeftForThePersonToChooseAtTheReview(CountryField shape) {
    harness.replica.vary(Variety.STANDARD.with(shape));
    harness.browser.driver().manage().deleteAllCookies();
    int before = harness.replica.submissions().size();
    int terminalBefore = harness.terminal().length();
    String[] banner = {""};
    String[] outline = {""};
    Person person =
        harness.loggingInThen(
            EMAIL,
            page -> {
              if (harness.replica.submissions().size() > before || !banner[0].isEmpty()) {
                return;
              }
              WebDriver driver = page.driver();
              banner[0] = driver.findElement(By.id("objection-helper-banner")).getText();
              WebElement list = driver.findElement(By.cssSelector("select, [role=combobox]"));
              outline[0] = list.getCssValue("outline-style");
              // The person reads the banner, chooses their country of residence, and sends.
              chooseAustria(driver, list);
              page.clickSend();
            });

    Outcome outcome = harness.file(Platform.FACEBOOK, request("XK"), person);

    String said = harness.terminal().substring(terminalBefore);
    assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message() + said);
    assertTrue(
        said.contains(
            "Bitte wähle das Land selbst im Formular: Das Tool konnte es in dieser Liste nicht"
                + " auswählen."),
        said);
    assertTrue(
        banner[0].contains(
            "Bitte wähle das Land selbst im Formular: objection-helper konnte es in dieser Liste"
                + " nicht auswählen."),
        banner[0]);
    assertEquals("dashed", outline[0], "the list is marked as the person's to choose in");
    assertEquals("AT", harness.replica.submissions().get(before).country());
  }

  private static void chooseAustria(WebDriver driver, WebElement list) {
    if (list.getTagName().equals("select")) {
      new Select(list).selectByValue("AT");
      return;
    }
    list.sendKeys(Keys.ARROW_DOWN);
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(shown -> shown.findElement(By.xpath("//*[@role='option'][.='Österreich']")))
        .click();
  }

  private static ObjectionRequest request(String country) {
    return new ObjectionRequest(
        EMAIL, Optional.of(country), Optional.of("Ich widerspreche der Nutzung."));
  }
}
