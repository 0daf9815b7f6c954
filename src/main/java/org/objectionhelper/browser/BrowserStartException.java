package org.objectionhelper.browser;

import org.objectionhelper.basics.Language;
import org.objectionhelper.i18n.Messages;

/**
 * The browser or its driver could not be found or started. The text says how to fix it, in the
 * person's language from {@link #text}; the exception's own message is the English text, for logs.
 */
public class BrowserStartException extends RuntimeException {
  private static final String PREFIX = "browser.start.";

  private final String key;
  private final Object[] values;

  /**
   * @param key the text's key under {@code browser.start.} in the messages
   */
  public BrowserStartException(String key, Object... values) {
    this(key, null, values);
  }

  public BrowserStartException(String key, Throwable cause, Object... values) {
    super(Messages.of(Language.EN).text(PREFIX + key, values), cause);
    this.key = key;
    this.values = values.clone();
  }

  /** The text in the language of {@code messages}. */
  public String text(Messages messages) {
    return messages.text(PREFIX + key, values);
  }
}
