package org.objectionhelper.flow;

import java.util.List;
import java.util.Optional;
import org.objectionhelper.browser.NetworkRecord;

/**
 * What left the browser with the form, read from the browser's own record where it keeps one
 * (Chromium); where it keeps none (Firefox), nothing is known of it and the run says so.
 */
final class Delivery {
  private final Optional<NetworkRecord> record;
  private final FormSends sends;
  private final Person person;

  Delivery(Optional<NetworkRecord> record, FormSends sends, Person person) {
    this.record = record;
    this.sends = sends;
    this.person = person;
  }

  /** Whether the browser keeps a record of what left it. */
  boolean recorded() {
    return record.isPresent();
  }

  /** Every request that carried the form so far, each with who sent it; empty without a record. */
  List<SentForm> forms() {
    return record
        .map(kept -> sends.in(kept.requests(), kept.gestures(), person.toolSendClicks()))
        .orElse(List.of());
  }
}
