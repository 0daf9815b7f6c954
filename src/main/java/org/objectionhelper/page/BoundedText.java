package org.objectionhelper.page;

import java.time.Clock;
import java.time.Duration;
import org.objectionhelper.time.Time;

/**
 * Page text that a profile's pattern may read for a limited time only. Java's regular expressions
 * backtrack: a pattern like {@code (a+)+$} can run for hours on a page's text, past every timeout
 * and deaf to Ctrl-C. Every character read checks the clock and the thread's interruption.
 */
final class BoundedText implements CharSequence {
  /** The pattern read past its time, or the run was interrupted while it did. */
  static final class TooSlow extends RuntimeException {
    TooSlow() {
      super(null, null, false, false);
    }
  }

  private final String text;
  private final Clock clock;
  private final long deadline;

  private BoundedText(String text, Clock clock, long deadline) {
    this.text = text;
    this.clock = clock;
    this.deadline = deadline;
  }

  static BoundedText of(String text, Duration budget) {
    return of(text, budget, Time.SYSTEM.clock());
  }

  /** Read for {@code budget} on {@code clock}. */
  static BoundedText of(String text, Duration budget, Clock clock) {
    return new BoundedText(text, clock, clock.millis() + budget.toMillis());
  }

  @Override
  public char charAt(int index) {
    // millis(), read for every character, is the system clock's one reading that makes no object.
    if (clock.millis() > deadline || Thread.currentThread().isInterrupted()) {
      throw new TooSlow();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new BoundedText(text.substring(start, end), clock, deadline);
  }

  @Override
  public String toString() {
    return text;
  }
}
