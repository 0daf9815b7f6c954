package org.objectionhelper.flow;

/** The form took fewer characters than were typed into a field: it limits the field's length. */
final class FieldTooShortException extends RuntimeException {
  private final String field;
  private final int accepted;
  private final int given;

  FieldTooShortException(String field, int accepted, int given) {
    super("Field '" + field + "' holds " + accepted + " of the " + given + " characters typed");
    this.field = field;
    this.accepted = accepted;
    this.given = given;
  }

  String field() {
    return field;
  }

  int accepted() {
    return accepted;
  }

  int given() {
    return given;
  }
}
