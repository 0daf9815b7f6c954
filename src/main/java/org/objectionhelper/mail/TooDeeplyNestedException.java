package org.objectionhelper.mail;

import java.io.IOException;

/** A mail whose parts are nested deeper than any real mail, refused before it is parsed. */
public final class TooDeeplyNestedException extends IOException {
  private final int limit;

  TooDeeplyNestedException(int limit) {
    super("its parts are nested more than " + limit + " deep");
    this.limit = limit;
  }

  public int limit() {
    return limit;
  }
}
