package org.objectionhelper.guide;

/** The questions in the page ended without answers: declined, or the window closed first. */
public final class NotAnswered extends RuntimeException {
  private final boolean declined;

  NotAnswered(boolean declined) {
    super(declined ? "declined" : "window closed", null, false, false);
    this.declined = declined;
  }

  /** True where the person said no; false where the window closed or time ran out. */
  public boolean declined() {
    return declined;
  }
}
