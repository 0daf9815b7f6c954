package org.objectionhelper.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's body as read once: the text fields and files of a form, or else its bytes.
 *
 * @param fields in the order sent; of a repeated name the first value counts
 */
record Body(Map<String, String> fields, List<UploadedFile> files, byte[] raw) {

  Body {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    files = List.copyOf(files);
  }

  static Body form(Map<String, String> fields) {
    return new Body(fields, List.of(), new byte[0]);
  }

  static Body raw(byte[] bytes) {
    return new Body(Map.of(), List.of(), bytes);
  }
}
