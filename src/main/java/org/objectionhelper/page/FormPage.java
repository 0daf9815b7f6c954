package org.objectionhelper.page;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.objectionhelper.profile.FieldSpec;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Language;
import org.objectionhelper.profile.Locator;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * One of Meta's objection forms in the browser, seen through its profile: every element is found
 * by the profile's locators, and the tool opens only addresses the profile allows.
 */
public final class FormPage {
  private final WebDriver driver;
  private final FormProfile profile;
  private final ElementFinder finder;
  private final Overlay overlay;
  private final Typist typist;
  private final PageCapture capture;

  public FormPage(WebDriver driver, FormProfile profile) {
    this(driver, profile, PageCapture.of(driver));
  }

  public FormPage(WebDriver driver, FormProfile profile, PageCapture capture) {
    this.driver = driver;
    this.profile = profile;
    this.finder = new ElementFinder(driver);
    this.overlay = new Overlay(driver);
    this.typist = new Typist(driver);
    this.capture = capture;
  }

  public FormProfile profile() {
    return profile;
  }

  public WebDriver driver() {
    return driver;
  }

  public Overlay overlay() {
    return overlay;
  }

  public void open() {
    URI url = profile.formUrl();
    if (!profile.allows(url)) {
      throw new NavigationRefusedException(
          "Refusing to open " + url + ": its host is not in the allowed hosts of " + profile.source());
    }
    driver.get(url.toString());
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public String title() {
    return driver.getTitle();
  }

  public boolean loginGateShows() {
    String url = currentUrl();
    return profile.login().urlContains().stream().anyMatch(url::contains)
        || finder.findNow(profile.login().indicators()).isPresent();
  }

  public boolean showsForm() {
    return samePath(URI.create(currentUrl()), profile.formUrl());
  }

  public Match waitFor(FieldSpec field, Duration timeout) {
    return finder.waitFor("Field '" + field.name() + "'", field.locators(), timeout);
  }

  public Optional<Match> findNow(FieldSpec field) {
    return finder.findNow(field.locators());
  }

  public String valueOf(Match field) {
    return Optional.ofNullable(field.element().getDomProperty("value")).orElse("");
  }

  public void type(Match field, String text) {
    typist.type(field.element(), text.replace("\r\n", "\n"));
  }

  /** Picks a country by its ISO code, or by its name in either language where the codes differ. */
  public void selectCountry(Match field, String isoCode) {
    Select select = new Select(field.element());
    try {
      select.selectByValue(isoCode);
    } catch (NoSuchElementException byCode) {
      selectByName(select, isoCode);
    }
  }

  private static void selectByName(Select select, String isoCode) {
    Locale country = new Locale("", isoCode);
    for (Language language : Language.values()) {
      String name = country.getDisplayCountry(language.locale());
      if (select.getOptions().stream().anyMatch(option -> option.getText().trim().equals(name))) {
        select.selectByVisibleText(name);
        return;
      }
    }
    throw new FormChangedException("The form's country list does not offer " + isoCode);
  }

  /** Only a {@code Person} calls this: the tool itself never sends. */
  public void clickSend() {
    overlay.clear();
    finder.waitFor("The Send button", profile.submit(), Duration.ofSeconds(5)).element().click();
  }

  /** The confirmation text Meta shows after a sent objection, if it shows now. */
  public Optional<String> confirmation() {
    List<Locator> within = profile.confirmation().within();
    String text =
        within.isEmpty()
            ? driver.findElement(By.tagName("body")).getText()
            : finder.findNow(within).map(match -> match.element().getText()).orElse("");
    return profile.confirmation().patterns().values().stream()
        .flatMap(List::stream)
        .map(pattern -> pattern.matcher(text))
        .filter(Matcher::find)
        .findFirst()
        .map(found -> text.strip());
  }

  public byte[] screenshot() {
    return capture.viewport();
  }

  /** The page as evidence: full page, printed, archived. */
  public PageCapture capture() {
    return capture;
  }

  public void highlight(Match field) {
    overlay.highlight(field.element());
  }

  private static boolean samePath(URI a, URI b) {
    return trimSlash(a.getPath()).equals(trimSlash(b.getPath()));
  }

  private static String trimSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
