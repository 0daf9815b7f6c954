package org.objectionhelper.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.objectionhelper.profile.Language;

/** Texts for people, German and English, from {@code messages_<lang>.properties}. */
public final class Messages {
  private static final List<String> FORMAT = ResourceBundle.Control.FORMAT_PROPERTIES;
  private final Language language;
  private final ResourceBundle bundle;

  private Messages(Language language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            "messages", language.locale(), ResourceBundle.Control.getNoFallbackControl(FORMAT));
  }

  public static Messages of(Language language) {
    return new Messages(language);
  }

  public Language language() {
    return language;
  }

  public String text(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), language.locale()).format(args);
  }
}
