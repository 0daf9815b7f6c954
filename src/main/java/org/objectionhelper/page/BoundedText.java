package org.objectionhelper.page;

import java.time.Duration;

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
  private final long deadline;

  private BoundedText(String text, long deadline) {
    this.text = text;
    this.deadline = deadline;
  }

  static BoundedText of(String text, Duration budget) {
    return new BoundedText(text, System.nanoTime() + budget.toNanos());
  }

  @Override
  public char charAt(int index) {
    if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
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
    return new BoundedText(text.substring(start, end), deadline);
  }

  @Override
  public String toString() {
    return text;
  }
}
