package org.objectionhelper.cli;

import java.util.Locale;
import org.objectionhelper.basics.Language;
import picocli.CommandLine.ITypeConverter;

final class LanguageConverter implements ITypeConverter<Language> {
  /** The system's language where the tool speaks it, else English. */
  static Language systemDefault() {
    return Locale.getDefault().getLanguage().equals("de") ? Language.DE : Language.EN;
  }

  @Override
  public Language convert(String value) {
    try {
      return Language.fromCode(value);
    } catch (IllegalArgumentException e) {
      throw new WrongValue("input.value.language", value);
    }
  }
}
