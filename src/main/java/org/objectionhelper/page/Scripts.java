package org.objectionhelper.page;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.objectionhelper.browser.BundledText;

/** The JavaScript the tool runs in pages, kept as resources so it reads as JavaScript. */
final class Scripts {
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Scripts() {}

  static String named(String name) {
    return CACHE.computeIfAbsent(name, Scripts::load);
  }

  /** A script that reads labels as a person does, with labels.js before it. */
  static String withLabels(String name) {
    return named("labels") + "\n" + named(name);
  }

  private static String load(String name) {
    return BundledText.read("/page/" + name + ".js");
  }
}
