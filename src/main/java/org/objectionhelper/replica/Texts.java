package org.objectionhelper.replica;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.objectionhelper.basics.Language;

/**
 * The replica's page texts, one properties file per language ({@code replica/texts_de.properties}).
 */
final class Texts {

  private final Map<Language, Properties> byLanguage;

  private Texts(Map<Language, Properties> byLanguage) {
    this.byLanguage = byLanguage;
  }

  static Texts load() {
    Map<Language, Properties> byLanguage = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      byLanguage.put(language, read("texts_" + language.code() + ".properties"));
    }
    Set<Object> keys = byLanguage.get(Language.EN).keySet();
    byLanguage.forEach(
        (language, texts) -> {
          if (!texts.keySet().equals(keys)) {
            throw new IllegalStateException(
                "replica/texts_" + language.code() + ".properties has other keys than English");
          }
        });
    return new Texts(byLanguage);
  }

  String get(Language language, String key) {
    String text = byLanguage.get(language).getProperty(key);
    if (text == null) {
      throw new IllegalStateException("no replica text '" + key + "' in " + language.code());
    }
    return text;
  }

  /** The texts whose keys start with {@code prefix}, by the rest of their key. */
  Map<String, String> all(Language language, String prefix) {
    Map<String, String> found = new HashMap<>();
    byLanguage.get(language).stringPropertyNames().stream()
        .filter(key -> key.startsWith(prefix))
        .forEach(key -> found.put(key.substring(prefix.length()), get(language, key)));
    return found;
  }

  private static Properties read(String name) {
    try (InputStream in = Texts.class.getResourceAsStream("/replica/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource replica/" + name);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read replica/" + name, e);
    }
  }
}
