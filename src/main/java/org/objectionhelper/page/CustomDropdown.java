package org.objectionhelper.page;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * A country list that is no {@code <select>} (role=combobox), whose options the page's script may
 * draw only while it is open: opened, chosen from and checked as a person does it. It never presses
 * Enter in a text field, nor touches a control or option that submits the form: either could send
 * the form before the person reviewed it.
 */
final class CustomDropdown {
  /** How long a list may take to say that a click or key opened it. */
  private static final Duration REACTION = Duration.ofMillis(500);

  /** How long options may take to show once the list opened (some are fetched), or a choice. */
  private static final Duration DRAWING = Duration.ofSeconds(3);

  /** How many letters of the country's name a person types into a list that filters. */
  private static final int TYPED_LETTERS = 3;

  /** The keys that open a list from the keyboard, where a click on it does not. */
  private static final List<Keys> OPENING_KEYS = List.of(Keys.ARROW_DOWN, Keys.ENTER, Keys.SPACE);

  private final PageActions actions;
  private final Typist typist;
  private final WebElement control;
  private final Country country;

  CustomDropdown(PageActions actions, Typist typist, WebElement control, Country country) {
    this.actions = actions;
    this.typist = typist;
    this.control = control;
    this.country = country;
  }

  /** Chooses the country; returns whether the control shows it then, with its list closed. */
  boolean choose() {
    Reading before = read("");
    if (before.submits()) {
      return false;
    }
    Optional<Reading> offered = before.typable() ? filtered(before.language()) : opened();
    boolean chosen = offered.map(this::picked).orElse(false);
    if (!chosen && read("").listed()) {
      tried(() -> control.sendKeys(Keys.ESCAPE));
    }
    return chosen;
  }

  /** Opens the list with a click, else from the keyboard, and waits for the country among it. */
  private Optional<Reading> opened() {
    Stream<Runnable> ways =
        Stream.concat(
            Stream.<Runnable>of(control::click),
            OPENING_KEYS.stream().<Runnable>map(key -> () -> control.sendKeys(key)));
    return ways.map(this::listedAfter)
        .flatMap(Optional::stream)
        .findFirst()
        .flatMap(listed -> listed.choice().isPresent() ? Optional.of(listed) : offering());
  }

  private Optional<Reading> listedAfter(Runnable way) {
    if (!tried(way)) {
      return Optional.empty();
    }
    Optional<Reading> reacted =
        until(REACTION, reading -> reading.listed() || reading.expanded().orElse(false));
    // A list that says it stayed closed did not take this way; one that says nothing may be
    // drawing.
    if (reacted.isEmpty() && !read("").expanded().orElse(true)) {
      return Optional.empty();
    }
    return reacted.filter(Reading::listed).or(() -> until(DRAWING, Reading::listed));
  }

  /**
   * Types the first letters of the country's name, in the page's language first, and waits for the
   * country among the options the list keeps.
   */
  private Optional<Reading> filtered(String pageLanguage) {
    return country.namesFirstIn(pageLanguage).stream()
        .map(this::afterTyping)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private Optional<Reading> afterTyping(String name) {
    // What the field holds is selected, so that the letters replace it.
    if (!Boolean.TRUE.equals(actions.run("focus-selecting", control))) {
      return Optional.empty();
    }
    typist.type(control, name.substring(0, Math.min(TYPED_LETTERS, name.length())));
    return offering();
  }

  private Optional<Reading> offering() {
    return until(DRAWING, reading -> reading.choice().isPresent());
  }

  /** Clicks the country's option, then waits until the control shows it, closing the list. */
  private boolean picked(Reading offered) {
    String name = offered.choiceText();
    if (!tried(() -> offered.choice().orElseThrow().click())) {
      return false;
    }
    Optional<Reading> shows = until(DRAWING, name, Reading::showsChoice);
    if (shows.isEmpty() || !shows.get().listed()) {
      return shows.isPresent();
    }
    // Still open (a list that stays until closed, or one inside the control): closed by its key.
    tried(() -> control.sendKeys(Keys.ESCAPE));
    return read(name).showsChoice();
  }

  /** Whether the page took the click or key: an element covered, gone or unfocusable does not. */
  private static boolean tried(Runnable action) {
    try {
      action.run();
      return true;
    } catch (ElementNotInteractableException | StaleElementReferenceException notTaken) {
      return false;
    }
  }

  private Optional<Reading> until(Duration timeout, Predicate<Reading> shown) {
    return until(timeout, "", shown);
  }

  private Optional<Reading> until(Duration timeout, String chosenText, Predicate<Reading> shown) {
    Supplier<Optional<Reading>> probe = () -> Optional.of(read(chosenText)).filter(shown);
    return Poll.until(timeout, probe);
  }

  private Reading read(String chosenText) {
    return Reading.of(
        (Map<?, ?>)
            actions.run(
                "custom-dropdown", control, country.isoCode(), country.names(), chosenText));
  }

  /**
   * The list at one moment, as custom-dropdown.js reads it.
   *
   * @param expanded the control's aria-expanded, where it has one
   * @param listed whether options show
   * @param choice the option that is the country, where one shows
   * @param showsChoice whether the control shows the text it was asked about
   */
  private record Reading(
      boolean typable,
      boolean submits,
      String language,
      Optional<Boolean> expanded,
      boolean listed,
      Optional<WebElement> choice,
      String choiceText,
      boolean showsChoice) {

    static Reading of(Map<?, ?> seen) {
      return new Reading(
          Boolean.TRUE.equals(seen.get("typable")),
          Boolean.TRUE.equals(seen.get("submits")),
          String.valueOf(seen.get("language")),
          Optional.ofNullable((Boolean) seen.get("expanded")),
          Boolean.TRUE.equals(seen.get("listed")),
          Optional.ofNullable((WebElement) seen.get("choice")),
          String.valueOf(seen.get("choiceText")),
          Boolean.TRUE.equals(seen.get("showsChoice")));
    }
  }
}
