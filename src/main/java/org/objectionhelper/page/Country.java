package org.objectionhelper.page;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.objectionhelper.basics.Language;

/** A country as a form's list may offer it: by its ISO code, or by its name in either language. */
record Country(String isoCode) {

  /** Its names in the languages the tool speaks, each once. */
  List<String> names() {
    return namesIn(Arrays.stream(Language.values()));
  }

  /** Its names, the one in {@code pageLanguage} (a code such as "de") first. */
  List<String> namesFirstIn(String pageLanguage) {
    return namesIn(
        Arrays.stream(Language.values())
            .sorted(Comparator.comparing(language -> !language.code().equals(pageLanguage))));
  }

  private List<String> namesIn(Stream<Language> languages) {
    Locale country = new Locale("", isoCode);
    return languages
        .map(language -> country.getDisplayCountry(language.locale()))
        .distinct()
        .toList();
  }
}
