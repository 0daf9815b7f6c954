package org.objectionhelper.profile;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.select.QueryParser;

/**
 * Checks a profile's CSS locator when the profile loads, so that a typo (an unclosed bracket, a
 * stray combinator) is named there, with its place in the file, and not met later as "field not
 * found". jsoup's parser reads the selector; the state pseudo-classes browsers know and jsoup does
 * not ({@code :checked}, {@code :hover}, {@code :where(…)}) are taken as given, as the browser
 * decides about them.
 */
final class CssSyntax {
  private static final Pattern STATE_PSEUDO = Pattern.compile("::?[a-zA-Z-]+(?![a-zA-Z(-])");
  private static final Pattern WHERE = Pattern.compile(":where\\(");

  private CssSyntax() {}

  /** Why {@code selector} is not valid CSS, or empty where it is (or may be). */
  static Optional<String> problem(String selector) {
    Optional<String> strict = parse(selector);
    if (strict.isEmpty()) {
      return strict;
    }
    String known =
        STATE_PSEUDO.matcher(WHERE.matcher(selector).replaceAll(":is(")).replaceAll(":root");
    return parse(known).isEmpty() ? Optional.empty() : strict;
  }

  private static Optional<String> parse(String selector) {
    try {
      QueryParser.parse(selector);
      return Optional.empty();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // jsoup: a SelectorParseException (an IllegalStateException), or "must not be empty" for "#"
      return Optional.of(e.getMessage());
    }
  }
}
