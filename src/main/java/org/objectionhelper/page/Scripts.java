package org.objectionhelper.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    String resource = "/page/" + name + ".js";
    try (InputStream in = Scripts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing script resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
