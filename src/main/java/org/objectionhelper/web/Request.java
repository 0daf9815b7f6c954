package org.objectionhelper.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a handler needs of an HTTP request, read once before the handler runs. Deliberately without
 * {@code toString}: form fields may hold a password or an e-mail address, which must never reach a
 * log.
 */
public final class Request {

  private final String method;
  private final String path;
  private final String pathPrefix;
  private final Map<String, String> query;
  private final Body body;
  private final Map<String, String> cookies;
  private final Map<String, String> headers;

  /**
   * @param path the route's path, without the server's secret prefix
   * @param pathPrefix the server's secret prefix ("/SECRET"), or "" where it has none
   * @param headers by lower-case name, the first value of each
   */
  Request(
      String method,
      String path,
      String pathPrefix,
      Map<String, String> query,
      Body body,
      Map<String, String> cookies,
      Map<String, String> headers) {
    this.method = method;
    this.path = path;
    this.pathPrefix = pathPrefix;
    this.query = Map.copyOf(query);
    this.body = body;
    this.cookies = Map.copyOf(cookies);
    this.headers = Map.copyOf(headers);
  }

  /** GET, POST, … in capitals. */
  public String method() {
    return method;
  }

  /** The route's path, without the server's secret prefix. */
  public String path() {
    return path;
  }

  /**
   * The path a page links to for the route {@code routePath} of this server: with the secret prefix
   * where the server has one.
   */
  public String linkTo(String routePath) {
    return pathPrefix + routePath;
  }

  /** A query parameter; of a repeated name the first value counts. */
  public Optional<String> query(String name) {
    return Optional.ofNullable(query.get(name));
  }

  /** A posted form field (url-encoded or multipart), or "" if it was not sent. */
  public String field(String name) {
    List<String> sent = values(name);
    return sent.isEmpty() ? "" : sent.get(0);
  }

  /** Every value posted under {@code name}, in the order sent; empty if it was not sent. */
  public List<String> values(String name) {
    return body.values().getOrDefault(name, List.of());
  }

  /** All posted text fields in the order sent; of a repeated name the first value counts. */
  public Map<String, String> fields() {
    return body.fields();
  }

  /** The files a multipart form sent, in the order sent; a file input left empty sends none. */
  public List<UploadedFile> files() {
    return body.files();
  }

  /** The body as sent, where it is no form (for a form: empty). */
  public byte[] body() {
    return body.raw().clone();
  }

  public Optional<String> cookie(String name) {
    return Optional.ofNullable(cookies.get(name));
  }

  /** The first value of a request header, by name in any case. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }
}
