package org.objectionhelper.flow;

import java.util.List;
import java.util.Optional;
import org.objectionhelper.page.Match;
import org.objectionhelper.profile.FieldRole;

/**
 * What ended up in one field of the form.
 *
 * @param value the value the field holds for review
 * @param note a message key for the person where the field was not filled as asked, else empty
 * @param found the element, and how it was found; empty where the form has no such field or the
 *     tool left it to the person
 * @param noteArgs what the note's texts (in the terminal and the banner) say in their placeholders
 */
record FilledField(
    FieldRole role, String value, String note, Optional<Match> found, List<Object> noteArgs) {

  FilledField {
    noteArgs = List.copyOf(noteArgs);
  }

  FilledField(FieldRole role, String value, String note, Optional<Match> found) {
    this(role, value, note, found, List.of());
  }

  /** A field the tool did not fill, with the note that says why. */
  static FilledField unfilled(FieldRole role, String note) {
    return new FilledField(role, "", note, Optional.empty(), List.of(role.key()));
  }
}
