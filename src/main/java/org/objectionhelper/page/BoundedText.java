package org.objectionhelper.page;

import java.time.Duration;
import java.util.function.LongSupplier;

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
  private final LongSupplier nanoTime;
  private final long deadline;

  private BoundedText(String text, LongSupplier nanoTime, long deadline) {
    this.text = text;
    this.nanoTime = nanoTime;
    this.deadline = deadline;
  }

  static BoundedText of(String text, Duration budget) {
    return of(text, budget, System::nanoTime);
  }

  /** With the clock {@code nanoTime} reads, as {@link System#nanoTime()} does. */
  static BoundedText of(String text, Duration budget, LongSupplier nanoTime) {
    return new BoundedText(text, nanoTime, nanoTime.getAsLong() + budget.toNanos());
  }

  @Override
  public char charAt(int index) {
    if (nanoTime.getAsLong() - deadline > 0 || Thread.currentThread().isInterrupted()) {
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
    return new BoundedText(text.substring(start, end), nanoTime, deadline);
  }

  @Override
  public String toString() {
    return text;
  }
}
