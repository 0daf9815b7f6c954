package org.objectionhelper.basics;

import java.util.Arrays;
import java.util.Locale;

/** The languages in which the tool speaks to a person and recognises Meta's pages. */
public enum Language {
  DE,
  EN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Locale locale() {
    return Locale.forLanguageTag(code());
  }

  public static Language fromCode(String code) {
    return Arrays.stream(values())
        .filter(language -> language.code().equalsIgnoreCase(code.trim()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown language: " + code));
  }
}
