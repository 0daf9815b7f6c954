package org.objectionhelper.basics;

import java.util.Arrays;
import java.util.Locale;

/** The Meta forms this tool knows; each has a bundled profile named after its {@link #id()}. */
public enum Platform {
  FACEBOOK,
  INSTAGRAM,
  /**
   * The data-subject-rights form about third-party information, for people with or without an
   * account.
   */
  THIRD_PARTY;

  /** {@code facebook}, {@code instagram}, {@code third-party}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Platform fromId(String id) {
    return Arrays.stream(values())
        .filter(platform -> platform.id().equalsIgnoreCase(id.trim()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown platform: " + id));
  }
}
