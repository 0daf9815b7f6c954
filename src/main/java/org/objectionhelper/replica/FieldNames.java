package org.objectionhelper.replica;

/**
 * The generated names of the form's fields, which the submit endpoint reads back; {@link
 * Quirk#RENAMED_FIELDS} swaps them for others, as Meta's regenerated forms do.
 */
record FieldNames(
    String country, String email, String reason, String labelClass, String controlClass) {
  static final FieldNames STANDARD =
      new FieldNames(
          "Field1527493470879421",
          "Field1230011437108436",
          "Field1497640897150929",
          "x1n2onr6",
          "x1ja2u2z");
  static final FieldNames RENAMED =
      new FieldNames(
          "Field8866120311459017",
          "Field2093317755281046",
          "Field7731904288560112",
          "xk50ysn",
          "x9jhf4c");

  /** Names made up for one page, as a form regenerated on every request has them. */
  static FieldNames generated() {
    return new FieldNames(
        "Field" + Tokens.code() + Tokens.code(),
        "Field" + Tokens.code() + Tokens.code(),
        "Field" + Tokens.code() + Tokens.code(),
        STANDARD.labelClass(),
        STANDARD.controlClass());
  }
}
