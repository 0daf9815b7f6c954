package org.objectionhelper.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectionhelper.basics.Language;

class RequestTest {

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "de-DE,de;q=0.9,en-US;q=0.8 | DE",
        "de | DE",
        "EN-gb,de;q=0.5 | EN",
        "fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7 | DE",
        "es-ES,es;q=0.9 | EN",
        "'' | EN",
        "NULL | EN"
      })
  void pageLanguageIsTheFirstOfGermanOrEnglishInAcceptLanguageElseEnglish(
      String acceptLanguage, Language expected) {
    assertEquals(expected, Request.languageOf(acceptLanguage));
  }
}
