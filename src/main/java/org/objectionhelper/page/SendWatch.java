package org.objectionhelper.page;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Watches, from the review on, for the moment the person (or the tool, on their word) clicks Send,
 * and reads the form's fields at that moment: what was sent, not what was filled. The page notes
 * the moment itself (see send-watch.js), so nothing is lost between two looks from here.
 */
public final class SendWatch {
  private final WebDriver driver;
  private final Map<String, WebElement> fields;

  SendWatch(WebDriver driver, Optional<Match> send, Map<String, Match> fields) {
    this.driver = driver;
    this.fields = new LinkedHashMap<>();
    fields.forEach((role, match) -> this.fields.put(role, match.element()));
    js().executeScript(
            Scripts.named("field-values") + Scripts.named("send-watch"),
            send.map(Match::element).orElse(null),
            this.fields,
            true);
  }

  /** The moment of Send, once the page has noticed one. */
  public Optional<SendMoment> moment() {
    Object noted =
        js().executeScript(
                "const noted = sessionStorage.getItem('objection-helper-sent'); return noted && JSON.parse(noted);");
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

  /** What each watched field holds now, by role. */
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
