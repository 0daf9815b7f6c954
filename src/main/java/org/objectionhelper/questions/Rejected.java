package org.objectionhelper.questions;

/**
 * An answer or option that cannot be used: the key of a message and the values it names, so that
 * each language can word it, in the terminal or beside the field in the page.
 */
public final class Rejected extends RuntimeException {
  private final transient Object[] values;

  public Rejected(String key, Object... values) {
    super(key);
    this.values = values.clone();
  }

  public String key() {
    return getMessage();
  }

  public Object[] values() {
    return values.clone();
  }
}
