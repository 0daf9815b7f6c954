package org.objectionhelper.cli;

import java.util.List;
import org.objectionhelper.basics.Platform;
import picocli.CommandLine.ITypeConverter;

/**
 * {@code facebook}, {@code instagram}, {@code both} (Instagram first, then Facebook; the objection
 * forms only), or {@code third-party}.
 */
record PlatformChoice(List<Platform> platforms) {
  static final PlatformChoice BOTH =
      new PlatformChoice(List.of(Platform.INSTAGRAM, Platform.FACEBOOK));

  static final class Converter implements ITypeConverter<PlatformChoice> {
    @Override
    public PlatformChoice convert(String value) {
      if (value.trim().equalsIgnoreCase("both")) {
        return BOTH;
      }
      try {
        return new PlatformChoice(List.of(Platform.fromId(value)));
      } catch (IllegalArgumentException e) {
        throw new WrongValue("input.value.platform", value);
      }
    }
  }
}
