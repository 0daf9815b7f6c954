package org.objectionhelper.page;

/**
 * Something the profile describes is not on the page: Meta probably changed the form, and the
 * profile needs an edit.
 */
public class FormChangedException extends RuntimeException {
  public FormChangedException(String message) {
    super(message);
  }

  /** The page moved the focus away from a field as it got it: into another element or a frame. */
  static FormChangedException focusTaken(Match field) {
    return new FormChangedException(
        "the page took the focus away from the field found by "
            + field.how()
            + " (into another element or a frame), so nothing was typed");
  }
}
