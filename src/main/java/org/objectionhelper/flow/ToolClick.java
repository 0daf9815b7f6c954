package org.objectionhelper.flow;

import java.time.Duration;
import java.time.Instant;

/**
 * The time the tool took to click Send on the person's word (they typed it in the terminal): a
 * trusted click the browser records in this time is the tool's, not the person's own.
 */
public record ToolClick(Instant from, Instant to) {
  /** The browser's clock and ours may read a few hundred milliseconds apart. */
  private static final Duration SLACK = Duration.ofMillis(500);

  boolean covers(Instant at) {
    return !at.isBefore(from.minus(SLACK)) && !at.isAfter(to.plus(SLACK));
  }
}
