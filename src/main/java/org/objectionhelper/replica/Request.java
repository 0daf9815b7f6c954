package org.objectionhelper.replica;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.objectionhelper.profile.Language;

/**
 * What a handler needs of an HTTP request, parsed once. Deliberately without {@code toString}: a
 * login's form fields hold a password, which must never reach a log.
 */
final class Request {

  /**
   * More than any form of the replica accepts, so that an oversized upload is the form's to refuse.
   */
  private static final int MAX_MULTIPART_BYTES = 32 * 1024 * 1024;

  private final String method;
  private final String path;
  private final Map<String, String> query;
  private final Map<String, String> form;
  private final List<Multipart.Part> files;
  private final Map<String, String> cookies;
  private final Language language;

  private Request(
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> form,
      List<Multipart.Part> files,
      Map<String, String> cookies,
      Language language) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.form = form;
    this.files = files;
    this.cookies = cookies;
    this.language = language;
  }

  /**
   * @throws IllegalArgumentException if the query or the form body is not properly encoded
   */
  static Request from(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String contentType =
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
    Map<String, String> form = Map.of();
    List<Multipart.Part> files = List.of();
    if (contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      try (InputStream body = exchange.getRequestBody()) {
        form = decodeForm(new String(body.readAllBytes(), StandardCharsets.UTF_8));
      }
    } else if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      List<Multipart.Part> parts;
      try (InputStream body = exchange.getRequestBody()) {
        byte[] bytes = body.readNBytes(MAX_MULTIPART_BYTES + 1);
        if (bytes.length > MAX_MULTIPART_BYTES) {
          throw new IllegalArgumentException("multipart body too large");
        }
        parts = Multipart.parse(contentType, bytes);
      }
      form = textFields(parts);
      files =
          parts.stream()
              .filter(part -> part.fileName().filter(name -> !name.isEmpty()).isPresent())
              .toList();
    }
    return new Request(
        method,
        exchange.getRequestURI().getPath(),
        decodeForm(exchange.getRequestURI().getRawQuery()),
        form,
        files,
        cookies(exchange.getRequestHeaders().getFirst("Cookie")),
        languageOf(exchange.getRequestHeaders().getFirst("Accept-Language")));
  }

  String method() {
    return method;
  }

  String path() {
    return path;
  }

  Optional<String> query(String name) {
    return Optional.ofNullable(query.get(name));
  }

  /** A posted form field, or "" if it was not sent. */
  String field(String name) {
    return form.getOrDefault(name, "");
  }

  /** All posted form fields in the order sent. */
  Map<String, String> fields() {
    return form;
  }

  /** The files a multipart form sent, in the order sent; a file input left empty sends none. */
  List<Multipart.Part> files() {
    return files;
  }

  Optional<String> cookie(String name) {
    return Optional.ofNullable(cookies.get(name));
  }

  Language language() {
    return language;
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

  /** Decodes {@code a=1&b=2}; of a repeated name the first value counts. */
  private static Map<String, String> decodeForm(String encoded) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (encoded != null && !encoded.isEmpty()) {
      for (String pair : encoded.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        fields.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    }
    return Collections.unmodifiableMap(fields);
  }

  /** The text fields of a multipart body; of a repeated name the first value counts. */
  private static Map<String, String> textFields(List<Multipart.Part> parts) {
    Map<String, String> fields = new LinkedHashMap<>();
    parts.stream()
        .filter(part -> part.fileName().isEmpty())
        .forEach(part -> fields.putIfAbsent(part.name(), part.text()));
    return Collections.unmodifiableMap(fields);
  }

  private static Map<String, String> cookies(String header) {
    Map<String, String> cookies = new LinkedHashMap<>();
    if (header != null) {
      for (String cookie : header.split(";")) {
        int equals = cookie.indexOf('=');
        if (equals > 0) {
          cookies.putIfAbsent(
              cookie.substring(0, equals).trim(), cookie.substring(equals + 1).trim());
        }
      }
    }
    return cookies;
  }
}
