package org.objectionhelper.replica;

import java.util.Map;
import org.objectionhelper.html.Template;

/** Markup that a script reveals only {@link Quirk#SLOW_MILLIS} after the page has loaded. */
final class ShownLate {
  private static final Template SLOW = Template.load("replica/slow.html");

  private ShownLate() {}

  static String wrap(String body) {
    return SLOW.render(Map.of("body", body, "delay", String.valueOf(Quirk.SLOW_MILLIS)));
  }
}
