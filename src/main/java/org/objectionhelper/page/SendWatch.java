package org.objectionhelper.page;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectionhelper.profile.Locator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Watches, from the review on, for the moment the person (or the tool, on their word) clicks Send,
 * and reads the form's fields at that moment: what was sent, not what was filled. The page notes
 * the moment itself (see send-watch.js), so nothing is lost between two looks from here.
 */
public final class SendWatch implements SendNotice {
  private static final String WATCH =
      Scripts.named("field-values") + "\n" + Scripts.named("send-watch") + "\n";

  private static final String WITH_CONTROL =
      WATCH + "return watchSend(arguments[0], arguments[1], arguments[2]);";

  /**
   * Finds the Send control (find.js) and installs the watch with it, in one round trip; answers
   * that it ran in a frame, or that the control is in one, so that the two steps are taken apart.
   */
  private static final String FINDING_SEND =
      Scripts.withLabels("find")
          + "\n"
          + WATCH
          + """
          const found = findFirst(arguments[0], false, arguments[1]);
          if (found !== null && !Array.isArray(found)) return 'objection-helper:in-a-frame';
          return watchSend(found && found[0], arguments[2], true);
          """;

  private final WebDriver driver;
  private final Map<String, WebElement> fields;

  private SendWatch(WebDriver driver, Map<String, Match> fields) {
    this.driver = driver;
    this.fields = new LinkedHashMap<>();
    fields.forEach((role, match) -> this.fields.put(role, match.element()));
  }

  /** Watches with the Send control already found (or none: the form's submit still counts). */
  static SendWatch installed(WebDriver driver, Optional<Match> send, Map<String, Match> fields) {
    SendWatch watch = new SendWatch(driver, fields);
    watch
        .js()
        .executeScript(WITH_CONTROL, send.map(Match::element).orElse(null), watch.fields, true);
    return watch;
  }

  /**
   * Finds the Send control by the profile's locators (else by its role) and watches with it, in the
   * same round trip: the usual page, without frames. Empty, with nothing installed, where the form
   * is in a frame.
   */
  static Optional<SendWatch> findingSend(
      WebDriver driver, List<Locator> send, RoleHint hint, Map<String, Match> fields) {
    SendWatch watch = new SendWatch(driver, fields);
    Object installed =
        watch
            .js()
            .executeScript(
                FINDING_SEND,
                ElementFinder.asScriptArgument(send),
                hint.asScriptArgument(),
                watch.fields);
    return Boolean.TRUE.equals(installed) ? Optional.of(watch) : Optional.empty();
  }

  @Override
  public Optional<SendMoment> moment() {
    Object noted =
        js().executeScript(
                Scripts.named("send-watch")
                    + "\nconst noted = readNotice(); return noted && JSON.parse(noted);");
    if (!(noted instanceof Map<?, ?> record)) {
      return Optional.empty();
    }
    Map<String, String> values = strings(record.get("values"));
    Optional<Instant> request =
        Optional.ofNullable(record.get("requestAt"))
            .map(at -> Instant.ofEpochMilli(((Number) at).longValue()));
    return Optional.of(
        new SendMoment(
            Instant.ofEpochMilli(((Number) record.get("at")).longValue()),
            String.valueOf(record.get("how")),
            values,
            request));
  }

  @Override
  public Map<String, String> valuesNow() {
    return strings(
        js().executeScript(
                Scripts.named("field-values") + "return fieldValues(arguments[0]);", fields));
  }

  private static Map<String, String> strings(Object map) {
    Map<String, String> strings = new LinkedHashMap<>();
    if (map instanceof Map<?, ?> held) {
      held.forEach((role, value) -> strings.put(String.valueOf(role), String.valueOf(value)));
    }
    return strings;
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) driver;
  }
}
