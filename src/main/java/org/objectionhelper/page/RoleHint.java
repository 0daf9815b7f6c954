package org.objectionhelper.page;

import java.util.List;
import java.util.Map;

/**
 * How a person recognises a field where the profile's locators find nothing: the e-mail field by
 * its type, autocomplete, name and label words; the country field by options that are countries;
 * the reason as the form's text area; Send by the profile's send words.
 *
 * @param role {@code email}, {@code country}, {@code reason} or {@code send}
 * @param words for Send, the words its control may say
 * @param countries for the country, country names in the languages the tool speaks
 */
public record RoleHint(String role, List<String> words, List<String> countries) {
  public RoleHint {
    words = List.copyOf(words);
    countries = List.copyOf(countries);
  }

  Map<String, Object> asScriptArgument() {
    return Map.of("role", role, "words", words, "countries", countries);
  }
}
