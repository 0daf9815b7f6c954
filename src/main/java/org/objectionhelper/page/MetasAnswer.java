package org.objectionhelper.page;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectionhelper.profile.Confirmation;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Locator;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What Meta's page says, read with the profile's patterns: the confirmation of a sent objection,
 * the error of one that failed, the words that an address shows nothing. A pattern reads for a
 * bounded time only ({@link BoundedText}).
 */
final class MetasAnswer {
  /**
   * How long one confirmation pattern may search the page's text: far more than a sane one needs.
   */
  private static final Duration PATTERN_BUDGET = Duration.ofSeconds(1);

  private final WebDriver driver;
  private final FormProfile profile;
  private final ElementFinder finder;

  MetasAnswer(WebDriver driver, FormProfile profile, ElementFinder finder) {
    this.driver = driver;
    this.profile = profile;
    this.finder = finder;
  }

  /**
   * The confirmation text Meta shows after a sent objection, if it shows now in the profile's
   * containers.
   */
  Optional<String> confirmation() {
    return shown(profile.confirmation());
  }

  /**
   * The lines of the page's text in which one of the profile's confirmation patterns shows: Meta's
   * own words, e.g. in its message in the Support Inbox.
   */
  List<String> confirmationLines() {
    String text = String.valueOf(new TopDocument(driver).run(Scripts.named("page-text")));
    return text.lines()
        .map(String::strip)
        .filter(line -> firstMatch(profile.confirmation(), line).isPresent())
        .distinct()
        .toList();
  }

  /** Meta's message that a sent objection failed on its side, if it shows now. */
  Optional<String> sendError() {
    return shown(profile.sendError());
  }

  /** Meta's words that the address shows nothing, if the page says so now. */
  Optional<String> unavailable() {
    Confirmation words = profile.addresses().unavailable();
    return words.patterns().isEmpty() ? Optional.empty() : firstMatch(words, textOf(words));
  }

  /** The text of the answer's container (or of the page), where a pattern matches it. */
  private Optional<String> shown(Confirmation answer) {
    if (answer.patterns().isEmpty()) {
      return Optional.empty();
    }
    String text = textOf(answer);
    return firstMatch(answer, text).map(found -> text.strip());
  }

  private String textOf(Confirmation answer) {
    List<Locator> within = answer.within();
    // A page between two documents has no body for a moment: no answer yet, not a changed form.
    return within.isEmpty()
        ? driver.findElements(By.tagName("body")).stream()
            .findFirst()
            .map(WebElement::getText)
            .orElse("")
        : finder.findNow(within).map(match -> match.element().getText()).orElse("");
  }

  /** The words of the first pattern that matches {@code text}. */
  private static Optional<String> firstMatch(Confirmation answer, String text) {
    return answer.patterns().values().stream()
        .flatMap(List::stream)
        .map(pattern -> foundIn(pattern, text))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<String> foundIn(Pattern pattern, String text) {
    try {
      Matcher matcher = pattern.matcher(BoundedText.of(text, PATTERN_BUDGET));
      return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    } catch (BoundedText.TooSlow slow) {
      // Interrupted (Ctrl-C): the flag stays set, and the run ends as interrupted.
      throw new FormChangedException(
          "page.pattern.slow", pattern.pattern(), PATTERN_BUDGET.toMillis());
    }
  }
}
