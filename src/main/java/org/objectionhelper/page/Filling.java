package org.objectionhelper.page;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.objectionhelper.profile.FormProfile;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.remote.LocalFileDetector;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * What the tool does to the form's fields, as a person's hands would: reads them, types, chooses a
 * country, chooses files, outlines what it filled; and declines optional cookies where a dialog
 * covers the form. All of it only on the profile's hosts.
 */
public final class Filling {
  private final WebDriver driver;
  private final FormProfile profile;
  private final Navigation navigation;
  private final FieldFinder finder;
  private final PageActions actions;
  private final Typist typist;

  Filling(WebDriver driver, FormProfile profile, Navigation navigation, FieldFinder finder) {
    this.driver = driver;
    this.profile = profile;
    this.navigation = navigation;
    this.finder = finder;
    this.actions = new PageActions(driver, profile);
    this.typist = new Typist(driver);
  }

  public String valueOf(Match field) {
    return Optional.ofNullable(field.element().getDomProperty("value")).orElse("");
  }

  /** The fewest characters the field takes, as the page says; 0 where it says nothing. */
  public int minLength(Match field) {
    String minimum = field.element().getDomProperty("minLength");
    return minimum == null || !minimum.matches("\\d+") ? 0 : Integer.parseInt(minimum);
  }

  /** Whether the person cannot change the field's value (a prefilled, read-only address). */
  public boolean readOnly(Match field) {
    return Boolean.parseBoolean(String.valueOf(field.element().getDomProperty("readOnly")));
  }

  /**
   * Types into {@code field}; refuses when the page takes the focus away from it, as the text would
   * go elsewhere.
   */
  public void type(Match field, String text) {
    if (!Boolean.TRUE.equals(actions.run("focus", field.element()))) {
      throw FormChangedException.focusTaken(field);
    }
    typist.type(field.element(), text);
  }

  /**
   * Chooses files in a file input, as the file dialog would, and returns how many it holds then: a
   * form that takes one file only keeps fewer than offered.
   */
  public int upload(Match field, List<Path> files) {
    if (driver instanceof RemoteWebDriver remote && !(driver instanceof ChromiumDriver)) {
      // A browser on another machine (Selenium Grid) gets the files sent along.
      remote.setFileDetector(new LocalFileDetector());
    }
    field
        .element()
        .sendKeys(
            files.stream()
                .map(file -> file.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
    Object count =
        ((JavascriptExecutor) driver)
            .executeScript("return arguments[0].files.length", field.element());
    return ((Number) count).intValue();
  }

  /**
   * Chooses a country by its ISO code, or by its name in either language: in a {@code <select>} in
   * one step, in a list the page's script draws as a person does ({@link CustomDropdown}).
   *
   * @return whether the field shows the country now; where not, the person chooses it
   */
  public boolean selectCountry(Match field, String isoCode) {
    Country country = new Country(isoCode);
    Object picked = actions.run("select", field.element(), isoCode, country.names());
    return picked == null
        ? new CustomDropdown(actions, typist, field.element(), country).choose()
        : Boolean.TRUE.equals(picked);
  }

  /** Outlines a field the tool filled, and returns what the field holds then. */
  public String markFilled(Match field) {
    return String.valueOf(actions.run("highlight", field.element(), false));
  }

  /** Outlines a field the person is to fill themselves, unlike those the tool filled. */
  public void markForPerson(Match field) {
    actions.run("highlight", field.element(), true);
  }

  /**
   * Clicks the cookie dialog's most privacy-friendly choice, if the dialog shows now; never any
   * other choice.
   *
   * @return whether it was shown and dismissed
   */
  public boolean dismissCookieDialog() {
    Optional<Match> choice = finder.findNow(profile.cookieDismiss());
    choice.ifPresent(
        match -> {
          navigation.requireAllowedHost();
          match.element().click();
        });
    return choice.isPresent();
  }
}
