package org.objectionhelper.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectionhelper.evidence.SentBy;
import org.objectionhelper.i18n.PageText;
import org.objectionhelper.page.Banner;
import org.objectionhelper.page.SendMoment;
import org.objectionhelper.page.SendNotice;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * The review, from the filled form to the moment of Send: tells the person when a field no longer
 * holds what the tool filled (a page script may change it), and keeps what the fields held at the
 * moment of Send. Whether the form was sent, and what it carried, is read from the browser's record
 * of the request where it keeps one; from the page's notice of Send only where it keeps none.
 */
final class Review {
  private static final Duration GESTURES_ARRIVE = Duration.ofSeconds(1);

  private final List<FilledField> filled;
  private final SendNotice watch;
  private final Delivery delivery;
  private final Set<String> shownBefore;
  private final Map<String, String> reported = new LinkedHashMap<>();
  private SendMoment clicked;
  private List<SentForm> forms = List.of();
  private Instant answerFrom;
  private Instant nothingSentSince;

  /**
   * @param shownBefore the texts matching a confirmation that the page showed before Send: none of
   *     them is ever Meta's answer
   */
  Review(List<FilledField> filled, SendNotice watch, Delivery delivery, Set<String> shownBefore) {
    this.filled = List.copyOf(filled);
    this.watch = watch;
    this.delivery = delivery;
    this.shownBefore = Set.copyOf(shownBefore);
  }

  /** Looks once more; returns whether the form has been sent. */
  boolean look(Banner banner, Narrator narrator) {
    if (clicked == null) {
      clicked = noticedInThePage().orElse(null);
    }
    forms = delivery.forms();
    if (!sent()) {
      warnOfChanges(banner, narrator);
    }
    return sent();
  }

  /** A page may break its own storage: its notice is then missing, not the run. */
  private Optional<SendMoment> noticedInThePage() {
    try {
      return watch.moment();
    } catch (JavascriptException | StaleElementReferenceException unreadable) {
      return Optional.empty();
    }
  }

  /** Whether the form left the browser (recorded), else whether the page noticed a Send. */
  boolean sent() {
    return delivery.recorded() ? !forms.isEmpty() : clicked != null;
  }

  /** The moment Send was noticed in the page, and what the fields held then. */
  Optional<SendMoment> clicked() {
    return Optional.ofNullable(clicked);
  }

  /** Every request that carried the form, as the browser recorded them (none without a record). */
  List<SentForm> forms() {
    forms = delivery.forms();
    return forms;
  }

  /**
   * Whether the page sent the form by itself: a request that carried it with no click or key of the
   * person's before it. Said only of a request at least {@link #GESTURES_ARRIVE} old, as the
   * browser may report a click a moment after the request it caused.
   */
  boolean sentByThePage(Instant now) {
    return forms.stream()
        .anyMatch(
            form ->
                form.by() == SentBy.PAGE_ITSELF
                    && form.request().at().isBefore(now.minus(GESTURES_ARRIVE)));
  }

  boolean recorded() {
    return delivery.recorded();
  }

  /** Whether {@code confirmation} is new since the review began: only a change counts. */
  boolean isNew(String confirmation) {
    return !shownBefore.contains(confirmation);
  }

  /**
   * Whether the page looks sent ({@code looksSent}: a Send noticed in it, or a confirmation) while
   * the browser recorded nothing leaving for {@code answerTime}: then nothing was sent.
   */
  boolean nothingSentFor(Instant now, Duration answerTime, boolean looksSent) {
    if (sent() || !delivery.recorded() || !looksSent) {
      return false;
    }
    if (nothingSentSince == null) {
      nothingSentSince = now;
    }
    return now.isAfter(nothingSentSince.plus(answerTime));
  }

  private Optional<Instant> sentAt() {
    if (!sent()) {
      return Optional.empty();
    }
    return Optional.of(delivery.recorded() ? forms.get(0).request().at() : clicked.at());
  }

  /**
   * Whether Send was clicked (or a step after it, such as an e-mail code, was done) longer than
   * {@code answerTime} ago, and nothing recognisable came.
   */
  boolean answerOverdue(Instant now, Duration answerTime) {
    Optional<Instant> sentAt = sentAt();
    if (sentAt.isEmpty()) {
      return false;
    }
    Instant from =
        answerFrom != null && answerFrom.isAfter(sentAt.get()) ? answerFrom : sentAt.get();
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
    return clicked == null ? Map.of() : differences(clicked.values());
  }

  private void warnOfChanges(Banner banner, Narrator narrator) {
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
                narrator.guide(banner, "review.changed", role, new PageText(held));
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
