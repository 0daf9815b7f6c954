package org.objectionhelper.flow;

import java.util.Optional;

/**
 * What ended the wait after the review: Meta's confirmation (with an error beside it, where the
 * page shows both), Meta's error alone, or a Send whose answer the tool does not recognise.
 */
record AfterReview(Optional<Recognised> confirmation, Optional<String> error) {
  static final AfterReview UNRECOGNISED = new AfterReview(Optional.empty(), Optional.empty());

  static AfterReview confirmed(Recognised confirmation, Optional<String> error) {
    return new AfterReview(Optional.of(confirmation), error);
  }

  static AfterReview rejected(String error) {
    return new AfterReview(Optional.empty(), Optional.of(error));
  }

  /** Whether Meta answered with its error alone: the objection was not sent. */
  boolean isRejected() {
    return confirmation.isEmpty() && error.isPresent();
  }

  /** Meta's confirmation as the tool recognised it, and where on the page. */
  record Recognised(String text, String where) {}
}
