package org.objectionhelper.page;

/**
 * Two elements fit a field's role equally well: the tool fills neither, since a wrong fill is worse
 * than none, and asks the person to fill that field.
 */
public final class AmbiguousFieldException extends RuntimeException {
  private final String role;

  AmbiguousFieldException(String role, String how) {
    super("two candidates fit the field '" + role + "' equally (" + how + ")");
    this.role = role;
  }

  public String role() {
    return role;
  }
}
