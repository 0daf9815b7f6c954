package org.objectionhelper.cli;

import static java.util.stream.Collectors.toMap;

import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.objectionhelper.flow.ExitCode;

/**
 * The help texts with the exit codes' numbers filled in. A help text names a code by a variable in
 * picocli's syntax, {@code ${bundle:exit.not_sent.code}}, never by its number, so that the number
 * comes from {@link ExitCode} alone. picocli fills in the variables of the help it prints from this
 * bundle's keys; this bundle fills in its own texts as well, for the table of exit codes ({@link
 * ExitCodeTable}), which picocli does not fill in.
 */
final class HelpTexts extends ResourceBundle {
  private static final Map<String, String> NUMBERS =
      Arrays.stream(ExitCode.values())
          .collect(toMap(HelpTexts::numberKey, code -> String.valueOf(code.code())));

  private final ResourceBundle texts;

  HelpTexts(ResourceBundle texts) {
    this.texts = texts;
  }

  /** The key of {@code code}'s number, which a help text writes as {@code ${bundle:<key>}}. */
  static String numberKey(ExitCode code) {
    return code.meaningKey() + ".code";
  }

  @Override
  protected Object handleGetObject(String key) {
    if (NUMBERS.containsKey(key)) {
      return NUMBERS.get(key);
    }
    return texts.containsKey(key) ? withNumbers(texts.getString(key)) : null;
  }

  @Override
  public Enumeration<String> getKeys() {
    Set<String> keys = new HashSet<>(texts.keySet());
    keys.addAll(NUMBERS.keySet());
    return Collections.enumeration(keys);
  }

  private static String withNumbers(String text) {
    String filled = text;
    for (Map.Entry<String, String> number : NUMBERS.entrySet()) {
      filled = filled.replace("${bundle:" + number.getKey() + "}", number.getValue());
    }
    return filled;
  }
}
