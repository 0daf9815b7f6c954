package org.objectionhelper.page;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Locator;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * The form's Send control: found by the profile's locators, else by a send word on a clickable
 * element; watched for the moment the person presses it; pressed by the tool only on their word.
 */
public final class SendControl {
  private final WebDriver driver;
  private final FormProfile profile;
  private final ElementFinder finder;
  private final Navigation navigation;
  private final Overlay overlay;

  SendControl(
      WebDriver driver,
      FormProfile profile,
      ElementFinder finder,
      Navigation navigation,
      Overlay overlay) {
    this.driver = driver;
    this.profile = profile;
    this.finder = finder;
    this.navigation = navigation;
    this.overlay = overlay;
  }

  /** The Send control by the profile's locators, else by a send word on a clickable element. */
  public Optional<Match> find() {
    return finder.findNow(profile.submit(), Optional.of(hint()));
  }

  /** Only a {@code Person} calls this: the tool itself never sends. */
  public void click() {
    navigation.requireAllowedHost();
    overlay.clear();
    finder
        .waitFor("send", profile.submit(), Optional.of(hint()), Duration.ofSeconds(5))
        .element()
        .click();
  }

  /** Starts watching for the moment of Send, with the fields to read at that moment. */
  public SendWatch watch(Map<String, Match> fields) {
    return SendWatch.findingSend(driver, profile.submit(), hint(), fields)
        .orElseGet(() -> SendWatch.installed(driver, findUnlessTwo(), fields));
  }

  /**
   * The Send control's visible text, where one shows now: a press on it is the person's Send even
   * where it is no button (a span with a click handler).
   */
  public Optional<String> text() {
    try {
      return findUnlessTwo()
          .map(match -> match.element().getText().strip())
          .filter(text -> !text.isEmpty());
    } catch (WebDriverException gone) {
      return Optional.empty();
    }
  }

  /** Two Send controls that fit alike are none: the form's submit still counts. */
  private Optional<Match> findUnlessTwo() {
    try {
      return find();
    } catch (AmbiguousFieldException twoSendControls) {
      return Optional.empty();
    }
  }

  private RoleHint hint() {
    List<String> words =
        profile.submit().stream()
            .filter(l -> l.kind() == Locator.Kind.TEXT)
            .map(Locator::value)
            .toList();
    return new RoleHint("send", words, List.of());
  }
}
