package org.objectionhelper.cli;

import org.objectionhelper.basics.Language;
import org.objectionhelper.i18n.Messages;
import picocli.CommandLine.TypeConversionException;

/**
 * An option's value this tool cannot use, with the words that say why as a message key, so that
 * {@link BadInputMessage} says it in the person's language; picocli itself reads the English.
 */
final class WrongValue extends TypeConversionException {
  private final String key;
  private final transient Object[] arguments;

  WrongValue(String key, Object... arguments) {
    super(Messages.of(Language.EN).text(key, arguments));
    this.key = key;
    this.arguments = arguments.clone();
  }

  String in(Messages messages) {
    return messages.text(key, arguments);
  }
}
