package org.objectionhelper.cli;

import org.objectionhelper.browser.BrowserChoice;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --browser chrome|chromium|edge|firefox}, in any case. */
final class BrowserChoiceConverter implements ITypeConverter<BrowserChoice> {
  @Override
  public BrowserChoice convert(String value) {
    return BrowserChoice.parse(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'" + value + "' is not a browser; use one of: " + BrowserChoice.names()));
  }
}
