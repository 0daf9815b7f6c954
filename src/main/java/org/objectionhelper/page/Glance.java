package org.objectionhelper.page;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Locator;
import org.openqa.selenium.WebDriver;

/**
 * What kind of page the browser shows, as a person tells it at a glance: a login gate, a question
 * before the form, a page still drawing itself.
 */
public final class Glance {
  /** A visible password field means a login gate, wherever it appears. */
  public static final Locator PASSWORD_FIELD =
      new Locator(Locator.Kind.CSS, "input[type=password]");

  private final FormProfile profile;
  private final ElementFinder finder;
  private final TopDocument top;

  Glance(WebDriver driver, FormProfile profile, ElementFinder finder) {
    this.profile = profile;
    this.finder = finder;
    this.top = new TopDocument(driver);
  }

  /**
   * How a login gate shows now, if one does: the profile's indicators, or a visible password field
   * wherever it appears, as a person sees a login.
   */
  Optional<String> loginIndicatorShown() {
    List<Locator> signs = new ArrayList<>(profile.login().indicators());
    signs.add(PASSWORD_FIELD);
    return finder.findNow(signs).map(Match::how);
  }

  /**
   * How long the page has not changed by itself, counted from the first time this is asked on its
   * document: a page that draws itself by script is read once it holds still.
   */
  Duration unchangedFor() {
    Object millis = top.run(Scripts.named("stillness"));
    return Duration.ofMillis(millis instanceof Number number ? number.longValue() : 0);
  }

  /** Whether the page asks a question before the form: choices or a single button, no field. */
  boolean asksAQuestion() {
    return Boolean.TRUE.equals(top.run(Scripts.named("question")));
  }
}
