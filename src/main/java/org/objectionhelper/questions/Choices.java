package org.objectionhelper.questions;

import java.util.List;

/**
 * The answers a question offers, in the order shown, numbered from 1, and the one taken when the
 * person just goes on.
 */
public record Choices<T>(List<T> options, int byDefault) {
  public Choices {
    options = List.copyOf(options);
    if (byDefault < 1 || byDefault > options.size()) {
      throw new IllegalArgumentException("no option " + byDefault + " among " + options.size());
    }
  }

  /**
   * @throws Rejected if there is no option with that number
   */
  public T option(int number) {
    if (number < 1 || number > options.size()) {
      throw new Rejected("assist.choice.invalid");
    }
    return options.get(number - 1);
  }

  public T defaultOption() {
    return options.get(byDefault - 1);
  }
}
