package org.objectionhelper.page;

/**
 * Something the profile describes is not on the page: Meta probably changed the form, and the
 * profile needs an edit.
 */
public class FormChangedException extends RuntimeException {
  public FormChangedException(String message) {
    super(message);
  }
}
