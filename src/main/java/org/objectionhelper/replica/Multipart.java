package org.objectionhelper.replica;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578), as a browser sends a form with a file input:
 * text fields and files, the bytes of each file exactly as sent.
 */
final class Multipart {

  private static final Pattern BOUNDARY = Pattern.compile(";\\s*boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile(";\\s*name=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile(";\\s*filename=\"([^\"]*)\"");
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

  /**
   * One part of the body.
   *
   * @param fileName the name of a chosen file, or empty for a text field
   */
  record Part(String name, Optional<String> fileName, String contentType, byte[] content) {
    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  private Multipart() {}

  /**
   * @throws IllegalArgumentException if the body does not follow the format
   */
  static List<Part> parse(String contentType, byte[] body) {
    Matcher boundary = BOUNDARY.matcher(contentType);
    if (!boundary.find()) {
      throw new IllegalArgumentException("multipart body without a boundary");
    }
    byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
    byte[] nextDelimiter = ("\r\n--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
    int at = require(indexOf(body, delimiter, 0));
    List<Part> parts = new ArrayList<>();
    while (true) {
      int after = at + delimiter.length;
      if (startsWith(body, after, new byte[] {'-', '-'})) {
        return parts;
      }
      if (!startsWith(body, after, CRLF)) {
        throw new IllegalArgumentException("malformed multipart delimiter");
      }
      int headersStart = after + CRLF.length;
      int headersEnd = require(indexOf(body, HEADERS_END, headersStart));
      int contentStart = headersEnd + HEADERS_END.length;
      int contentEnd = require(indexOf(body, nextDelimiter, contentStart));
      String headers =
          new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      parts.add(part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
      at = contentEnd + CRLF.length;
    }
  }

  private static Part part(String headers, byte[] content) {
    String disposition = "";
    String type = "text/plain";
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      String header = colon < 0 ? "" : line.substring(0, colon).trim();
      String value = colon < 0 ? "" : line.substring(colon + 1).trim();
      if (header.equalsIgnoreCase("Content-Disposition")) {
        disposition = value;
      } else if (header.equalsIgnoreCase("Content-Type")) {
        type = value;
      }
    }
    Matcher name = NAME.matcher(disposition);
    if (!disposition.startsWith("form-data") || !name.find()) {
      throw new IllegalArgumentException("multipart part without a form-data name");
    }
    Matcher fileName = FILE_NAME.matcher(disposition);
    return new Part(
        name.group(1),
        fileName.find() ? Optional.of(fileName.group(1)) : Optional.empty(),
        type,
        content);
  }

  private static int require(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("truncated multipart body");
    }
    return index;
  }

  private static boolean startsWith(byte[] body, int from, byte[] prefix) {
    return body.length - from >= prefix.length
        && Arrays.equals(body, from, from + prefix.length, prefix, 0, prefix.length);
  }

  private static int indexOf(byte[] body, byte[] wanted, int from) {
    for (int i = from; i <= body.length - wanted.length; i++) {
      if (startsWith(body, i, wanted)) {
        return i;
      }
    }
    return -1;
  }
}
