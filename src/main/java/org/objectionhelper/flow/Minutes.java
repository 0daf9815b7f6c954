package org.objectionhelper.flow;

import java.time.Duration;

/** Durations as the person reads them in messages: whole minutes, at least one. */
final class Minutes {
  private Minutes() {}

  static long of(Duration duration) {
    return Math.max(1, duration.toMinutes());
  }
}
