package org.objectionhelper.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's body as read once: the text fields and files of a form, or else its bytes.
 *
 * @param values every value of each text field, by name in the order sent
 */
record Body(Map<String, List<String>> values, List<UploadedFile> files, byte[] raw) {

  Body {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((name, sent) -> copy.put(name, List.copyOf(sent)));
    values = Collections.unmodifiableMap(copy);
    files = List.copyOf(files);
  }

  static Body form(Map<String, List<String>> values) {
    return new Body(values, List.of(), new byte[0]);
  }

  static Body raw(byte[] bytes) {
    return new Body(Map.of(), List.of(), bytes);
  }

  /** The text fields in the order sent; of a repeated name the first value counts. */
  Map<String, String> fields() {
    Map<String, String> first = new LinkedHashMap<>();
    values.forEach((name, sent) -> first.put(name, sent.get(0)));
    return Collections.unmodifiableMap(first);
  }

  /** Adds one value of a text field, after those of the same name sent before it. */
  static void add(Map<String, List<String>> values, String name, String value) {
    values.computeIfAbsent(name, unused -> new ArrayList<>()).add(value);
  }
}
