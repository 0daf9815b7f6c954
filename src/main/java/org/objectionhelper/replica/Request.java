package org.objectionhelper.replica;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectionhelper.basics.Language;
import org.objectionhelper.web.UploadedFile;

/**
 * A request as the replica's pages read it: the web server's request, and the page language its
 * Accept-Language asks for. Deliberately without {@code toString}: a login's form fields hold a
 * password, which must never reach a log.
 */
final class Request {

  private final org.objectionhelper.web.Request http;

  Request(org.objectionhelper.web.Request http) {
    this.http = http;
  }

  String method() {
    return http.method();
  }

  String path() {
    return http.path();
  }

  Optional<String> query(String name) {
    return http.query(name);
  }

  /** A posted form field, or "" if it was not sent. */
  String field(String name) {
    return http.field(name);
  }

  /** Every value posted under {@code name}, in the order sent. */
  List<String> values(String name) {
    return http.values(name);
  }

  /** All posted form fields in the order sent. */
  Map<String, String> fields() {
    return http.fields();
  }

  /** The files a multipart form sent, in the order sent; a file input left empty sends none. */
  List<UploadedFile> files() {
    return http.files();
  }

  Optional<String> cookie(String name) {
    return http.cookie(name);
  }

  Language language() {
    return languageOf(http.header("Accept-Language").orElse(null));
  }

  /** The first of German or English the Accept-Language header names, English by default. */
  static Language languageOf(String acceptLanguage) {
    if (acceptLanguage != null) {
      for (String range : acceptLanguage.split(",")) {
        String primary = range.split("[;-]", 2)[0].trim();
        for (Language language : Language.values()) {
          if (language.code().equalsIgnoreCase(primary)) {
            return language;
          }
        }
      }
    }
    return Language.EN;
  }
}
