package org.objectionhelper.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectionhelper.i18n.PageText;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.page.SendMoment;
import org.objectionhelper.page.SendWatch;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * The review, from the filled form to the moment of Send: tells the person when a field no longer
 * holds what the tool filled (a page script may change it), and keeps what the fields held at the
 * moment of Send, which is what was sent.
 */
final class Review {
  private final List<FilledField> filled;
  private final SendWatch watch;
  private final Map<String, String> reported = new LinkedHashMap<>();
  private SendMoment sent;
  private Instant answerFrom;

  Review(List<FilledField> filled, SendWatch watch) {
    this.filled = List.copyOf(filled);
    this.watch = watch;
  }

  /** Looks once more; returns whether Send has been clicked. */
  boolean look(FormPage page, Narrator narrator) {
    if (sent == null) {
      sent = watch.moment().orElse(null);
    }
    if (sent == null) {
      warnOfChanges(page, narrator);
    }
    return sent != null;
  }

  Optional<SendMoment> sent() {
    return Optional.ofNullable(sent);
  }

  /**
   * Whether Send was clicked (or a step after it, such as an e-mail code, was done) longer than
   * {@code answerTime} ago, and nothing recognisable came.
   */
  boolean answerOverdue(Instant now, Duration answerTime) {
    if (sent == null) {
      return false;
    }
    Instant from = answerFrom != null && answerFrom.isAfter(sent.at()) ? answerFrom : sent.at();
    return now.isAfter(from.plus(answerTime));
  }

  /** A step the person did after Send (an e-mail code) gives Meta's page its answer time anew. */
  void answerTimeRestarts(Instant now) {
    answerFrom = now;
  }

  /**
   * The fields that held something else at the moment of Send than the tool filled, with what was
   * sent.
   */
  Map<String, String> changedByPage() {
    return sent == null ? Map.of() : differences(sent.values());
  }

  private void warnOfChanges(FormPage page, Narrator narrator) {
    Map<String, String> now;
    try {
      now = watch.valuesNow();
    } catch (StaleElementReferenceException | JavascriptException pageChanging) {
      return;
    }
    differences(now)
        .forEach(
            (role, held) -> {
              if (!held.equals(reported.put(role, held))) {
                narrator.guide(page.overlay(), "review.changed", role, new PageText(held));
              }
            });
  }

  private Map<String, String> differences(Map<String, String> values) {
    Map<String, String> changed = new LinkedHashMap<>();
    for (FilledField field : filled) {
      String held = values.get(field.role().key());
      if (held != null && !field.value().isEmpty() && !held.equals(field.value())) {
        changed.put(field.role().key(), held);
      }
    }
    return changed;
  }
}
