package org.objectionhelper.browser;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.JsonException;

/**
 * The named values a request carried, read from its address and its body as the server reads them:
 * a form's url-encoded or multipart body, or JSON (also JSON inside a url-encoded value, as
 * GraphQL's {@code variables}). Files in a multipart body are left out: they are not text a person
 * typed.
 */
public final class RequestFields {
  private static final Json JSON = new Json();
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern PART_NAME = Pattern.compile("\\bname=\"([^\"]*)\"");

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  private RequestFields() {}

  /** Every named value {@code request} carried, each name with its values in the order sent. */
  public static Map<String, List<String>> of(SentRequest request) {
    RequestFields fields = new RequestFields();
    Optional.ofNullable(request.url().getRawQuery()).ifPresent(fields::urlEncoded);
    fields.body(request.contentType(), request.body());
    return fields.values;
  }

  private void body(String contentType, String body) {
    String trimmed = body.strip();
    if (trimmed.isEmpty()) {
      return;
    }
    if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      Matcher boundary = BOUNDARY.matcher(contentType);
      if (boundary.find()) {
        multipart(body, boundary.group(1));
      }
    } else if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      json("", trimmed);
    } else {
      urlEncoded(body);
    }
  }

  private void urlEncoded(String encoded) {
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      add(name, value);
      if (value.strip().startsWith("{")) {
        json(name, value.strip());
      }
    }
  }

  private void multipart(String body, String boundary) {
    for (String part : body.split(Pattern.quote("--" + boundary))) {
      int headersEnd = part.indexOf("\r\n\r\n");
      if (headersEnd < 0) {
        continue;
      }
      String headers = part.substring(0, headersEnd);
      Matcher name = PART_NAME.matcher(headers);
      if (!name.find() || headers.toLowerCase(Locale.ROOT).contains("filename=")) {
        continue;
      }
      String value = part.substring(headersEnd + 4);
      add(name.group(1), value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value);
    }
  }

  /** Every value in a JSON text, under its own key (and under the url-encoded name it came in). */
  private void json(String name, String text) {
    try {
      flatten(name, JSON.toType(text, Object.class));
    } catch (JsonException notJson) {
      // A value that only looks like JSON is kept as the text it is (added before).
    }
  }

  private void flatten(String name, Object value) {
    if (value instanceof Map<?, ?> object) {
      object.forEach((key, inner) -> flatten(String.valueOf(key), inner));
    } else if (value instanceof List<?> list) {
      list.forEach(inner -> flatten(name, inner));
    } else if (value != null && !name.isEmpty()) {
      add(name, String.valueOf(value));
    }
  }

  private void add(String name, String value) {
    values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }
}
