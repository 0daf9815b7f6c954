package org.objectionhelper.profile;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.objectionhelper.basics.Language;

/**
 * How one of Meta's answers to a sent objection is recognised, the confirmation or the error
 * message: a text pattern (any language, matched case-insensitively) inside one of the {@code
 * within} elements, or anywhere on the page where none is listed.
 */
public record Confirmation(List<Locator> within, Map<Language, List<Pattern>> patterns) {
  public Confirmation {
    within = List.copyOf(within);
    patterns = Map.copyOf(patterns);
  }
}
