package org.objectionhelper.cli;

import org.objectionhelper.profile.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

final class LanguageConverter implements ITypeConverter<Language> {
  @Override
  public Language convert(String value) {
    try {
      return Language.fromCode(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + value + "' is not a language this tool speaks; use de or en");
    }
  }
}
