package org.objectionhelper.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects what is wrong with one profile file, so that a maintainer sees all of it at once. */
final class Problems {
  private final String source;
  private final List<String> found = new ArrayList<>();

  Problems(String source) {
    this.source = source;
  }

  /**
   * @param path where in the file, e.g. {@code fields.email.locators[2]}; empty for the whole file
   */
  void add(String path, String message) {
    found.add(source + ": " + (path.isEmpty() ? "" : path + ": ") + message);
  }

  /** The hint after an unknown name: {@code (use one of label, aria, name)}. */
  static String useOneOf(Collection<String> known) {
    return "(use one of " + String.join(", ", known) + ")";
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ProfileException(source, found);
    }
  }
}
