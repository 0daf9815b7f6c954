package org.objectionhelper.cli;

import org.objectionhelper.browser.BrowserChoice;
import picocli.CommandLine.ITypeConverter;

/** {@code --browser chrome|chromium|edge|firefox}, in any case. */
final class BrowserChoiceConverter implements ITypeConverter<BrowserChoice> {
  @Override
  public BrowserChoice convert(String value) {
    return BrowserChoice.parse(value)
        .orElseThrow(() -> new WrongValue("input.value.browser", value, BrowserChoice.names()));
  }
}
