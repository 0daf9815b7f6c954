package org.objectionhelper.flow;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.objectionhelper.browser.Gesture;
import org.objectionhelper.browser.RequestFields;
import org.objectionhelper.browser.SentRequest;
import org.objectionhelper.evidence.SentBy;

/**
 * Reads the browser's record of one form: which requests carried its fields to an allowed host,
 * what each carried, and who sent it. A request counts as the person's only where a trusted click
 * or key of theirs came shortly before it, after the review began; see docs/ARCHITECTURE.md, "What
 * Meta received".
 */
final class FormSends {
  /**
   * A page may take this long from the person's click to its request (it checks the form first).
   */
  static final Duration GESTURE_BEFORE_REQUEST = Duration.ofSeconds(10);

  /** The page's clock (a gesture) and the browser's (a request) may read a little apart. */
  private static final Duration CLOCK_SLACK = Duration.ofMillis(500);

  private final List<WatchedField> fields;
  private final Optional<String> sendText;
  private final Predicate<URI> allowed;
  private final Instant opened;
  private final Instant reviewFrom;

  /**
   * @param sendText the Send control's visible text, where the tool found it
   * @param opened when the form's page was opened: requests before it belong to another form
   * @param reviewFrom when the review began: no click or key before it is the person's Send
   */
  FormSends(
      List<WatchedField> fields,
      Optional<String> sendText,
      Predicate<URI> allowed,
      Instant opened,
      Instant reviewFrom) {
    this.fields = List.copyOf(fields);
    this.sendText = sendText;
    this.allowed = allowed;
    this.opened = opened;
    this.reviewFrom = reviewFrom;
  }

  /** Every request that sent the form, in the order they left, each with who sent it. */
  List<SentForm> in(List<SentRequest> requests, List<Gesture> gestures, List<ToolClick> clicks) {
    List<SentForm> sent = new ArrayList<>();
    for (SentRequest request : requests) {
      if (request.at().isBefore(opened) || !allowed.test(request.url())) {
        continue;
      }
      Map<String, List<String>> carried = RequestFields.of(request);
      if (carriesTheForm(request, carried)) {
        sent.add(
            sentForm(
                request, carried, sender(request, gestures, clicks), edits(request, gestures)));
      }
    }
    return sent;
  }

  /**
   * At least one of the form's fields by its name; where the form's fields have no names, or the
   * browser did not hand out the body (a file in it), any request with a body from the review on.
   */
  private boolean carriesTheForm(SentRequest request, Map<String, List<String>> carried) {
    if (fields.isEmpty() || request.bodyUnread()) {
      return request.hasBody() && !request.at().isBefore(reviewFrom);
    }
    return fields.stream().anyMatch(field -> carried.containsKey(field.name()));
  }

  private SentBy sender(SentRequest request, List<Gesture> gestures, List<ToolClick> clicks) {
    Optional<Gesture> last =
        gestures.stream()
            .filter(this::couldSend)
            .filter(gesture -> !gesture.at().isBefore(reviewFrom))
            .filter(gesture -> !gesture.at().isAfter(request.at().plus(CLOCK_SLACK)))
            .filter(gesture -> !gesture.at().isBefore(request.at().minus(GESTURE_BEFORE_REQUEST)))
            .reduce((earlier, later) -> later);
    if (last.isEmpty()) {
      return SentBy.PAGE_ITSELF;
    }
    return clicks.stream().anyMatch(click -> click.covers(last.get().at()))
        ? SentBy.TOOL_ON_THE_PERSONS_WORD
        : SentBy.PERSON;
  }

  /**
   * A press on a button or link, an activating key, or a press on the Send control the tool found.
   */
  private boolean couldSend(Gesture gesture) {
    return gesture.activates()
        || sendText.filter(text -> text.equalsIgnoreCase(gesture.control().text())).isPresent();
  }

  /**
   * By field name, the value the person's last edit at review left in it before {@code request}: a
   * value they typed themselves is theirs to send.
   */
  private Map<String, String> edits(SentRequest request, List<Gesture> gestures) {
    Map<String, String> edited = new LinkedHashMap<>();
    gestures.stream()
        .filter(gesture -> !gesture.at().isBefore(reviewFrom))
        .filter(gesture -> !gesture.at().isAfter(request.at().plus(CLOCK_SLACK)))
        .forEach(
            gesture -> gesture.edit().ifPresent(edit -> edited.put(edit.name(), edit.value())));
    return edited;
  }

  private SentForm sentForm(
      SentRequest request,
      Map<String, List<String>> carried,
      SentBy by,
      Map<String, String> edited) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> differences = new LinkedHashMap<>();
    for (WatchedField field : fields) {
      List<String> sent = carried.get(field.name());
      if (sent == null) {
        continue;
      }
      List<String> lines = sent.stream().map(FormSends::lines).toList();
      String value = String.join(SentForm.BETWEEN_VALUES, lines);
      values.put(field.role(), value);
      String expected = edited.getOrDefault(field.name(), field.expected());
      if (!lines.equals(List.of(lines(expected)))) {
        differences.put(field.role(), value);
      }
    }
    return new SentForm(request, by, values, differences);
  }

  /** A form sends line breaks as CR LF; a field holds them as LF. */
  private static String lines(String text) {
    return text.replace("\r\n", "\n");
  }
}
