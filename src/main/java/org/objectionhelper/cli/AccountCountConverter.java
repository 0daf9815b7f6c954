package org.objectionhelper.cli;

import picocli.CommandLine.ITypeConverter;

/** {@code --accounts N}: how many accounts, one or more. */
final class AccountCountConverter implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    try {
      int count = Integer.parseInt(value.trim());
      if (count > 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // falls through to the one message below
    }
    throw new WrongValue("input.value.accounts", value);
  }
}
