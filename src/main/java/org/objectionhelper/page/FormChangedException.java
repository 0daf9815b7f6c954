package org.objectionhelper.page;

import org.objectionhelper.basics.Language;
import org.objectionhelper.i18n.Messages;

/**
 * Something the profile describes is not on the page: Meta probably changed the form, and the
 * profile needs an edit. Its words exist in every language the tool speaks; the message is the
 * English one, for the log.
 */
public class FormChangedException extends RuntimeException {
  private final String key;
  private final transient Object[] args;

  /**
   * @param key the text's key in the messages
   */
  public FormChangedException(String key, Object... args) {
    super(Messages.of(Language.EN).text(key, args));
    this.key = key;
    this.args = args.clone();
  }

  /** What went wrong, in the person's language. */
  public String in(Messages messages) {
    return messages.text(key, args);
  }

  /** The page moved the focus away from a field as it got it: into another element or a frame. */
  static FormChangedException focusTaken(Match field) {
    return new FormChangedException("page.focus.taken", field.how());
  }
}
