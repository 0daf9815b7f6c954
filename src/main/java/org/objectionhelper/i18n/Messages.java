package org.objectionhelper.i18n;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;

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

  /** The platform's name as a person reads it in this language. */
  public String platformName(Platform platform) {
    return text("platform." + platform.id());
  }

  /** The text under {@code key}, where the bundle has one: for values recorded as data. */
  public Optional<String> textIfAny(String key) {
    return bundle.containsKey(key) ? Optional.of(text(key)) : Optional.empty();
  }

  /**
   * The text under {@code key}; among the arguments a {@link Duration} is said in words, and {@link
   * PageText} as {@link PageText#shown}.
   */
  public String text(String key, Object... args) {
    Object[] said = Arrays.stream(args).map(this::said).toArray();
    return new MessageFormat(bundle.getString(key), language.locale()).format(said);
  }

  private Object said(Object argument) {
    if (argument instanceof Duration duration) {
      return words(duration);
    }
    return argument instanceof PageText page ? page.shown() : argument;
  }

  /** A wait as a person reads it: in seconds under a minute, else in whole minutes. */
  private String words(Duration duration) {
    return duration.compareTo(Duration.ofMinutes(1)) < 0
        ? text("duration.seconds", Math.max(1, duration.toSeconds()))
        : text("duration.minutes", duration.toMinutes());
  }
}
