package org.objectionhelper.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectionhelper.page.Match;
import org.openqa.selenium.WebDriverException;

/**
 * A filled field as the request that sends the form names it.
 *
 * @param role the field's role key ({@code email}, {@code country}, {@code reason})
 * @param name the field's {@code name}, under which a form sends its value
 * @param expected the value the field held right after the tool filled it, as a form sends it (for
 *     a list: the chosen option's value, not its text)
 */
record WatchedField(String role, String name, String expected) {

  /**
   * The fields a request can be matched by: those with a name and a value (not a list drawn without
   * a {@code <select>}, which sends through a hidden field of its own).
   */
  static List<WatchedField> of(Map<String, Match> filled) {
    List<WatchedField> watched = new ArrayList<>();
    filled.forEach(
        (role, match) -> {
          try {
            String name = match.element().getDomAttribute("name");
            String value = match.element().getDomProperty("value");
            if (name != null && !name.isEmpty() && value != null) {
              watched.add(new WatchedField(role, name, value));
            }
          } catch (WebDriverException gone) {
            // A field the page already took away cannot be matched; the others still are.
          }
        });
    return watched;
  }
}
