package org.objectionhelper.page;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The moment Send was clicked, as the page noticed it, and what the form's fields held then.
 *
 * @param how {@code click} on the Send control, or the form's {@code submit}
 * @param request when the page's request went out after it, where the page made one
 */
public record SendMoment(
    Instant at, String how, Map<String, String> values, Optional<Instant> request) {
  public SendMoment {
    values = Map.copyOf(values);
  }
}
