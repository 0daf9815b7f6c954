package org.objectionhelper.flow;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.objectionhelper.browser.NetworkRecord;

/**
 * What left the browser with the form, read from the browser's own record where it keeps one
 * (Chromium); where it keeps none (Firefox), nothing is known of it and the run says so.
 */
final class Delivery {
  /** A browser that keeps no record the tool can read. */
  static final Delivery NOT_RECORDED = new Delivery(Optional.empty());

  private final Optional<Supplier<List<SentForm>>> record;

  private Delivery(Optional<Supplier<List<SentForm>>> record) {
    this.record = record;
  }

  /** The requests in the browser's {@code record} that carried the form, as {@code sends} reads. */
  static Delivery of(Optional<NetworkRecord> record, FormSends sends, Person person) {
    return record
        .map(
            kept ->
                recorded(() -> sends.in(kept.requests(), kept.gestures(), person.toolSendClicks())))
        .orElse(NOT_RECORDED);
  }

  /**
   * @param forms every request that carried the form so far, each with who sent it
   */
  static Delivery recorded(Supplier<List<SentForm>> forms) {
    return new Delivery(Optional.of(forms));
  }

  /** Whether the browser keeps a record of what left it. */
  boolean recorded() {
    return record.isPresent();
  }

  /** Every request that carried the form so far, each with who sent it; empty without a record. */
  List<SentForm> forms() {
    return record.map(Supplier::get).orElse(List.of());
  }
}
