package org.objectionhelper.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.objectionhelper.questions.Rejected;

/** An ISO 3166 alpha-2 country code, in capitals, checked once. */
record CountryCode(String value) {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /**
   * @return empty where the person gave none
   * @throws Rejected if it is not a country code
   */
  static Optional<CountryCode> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String code = typed.trim().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(code)) {
      throw new Rejected("input.country", typed);
    }
    return Optional.of(new CountryCode(code));
  }
}
