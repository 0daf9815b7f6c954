package org.objectionhelper.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpCookie;

/**
 * What a handler answers. The server sends every response uncached, never sniffed, not to be framed
 * by another site, and with no referrer to other sites.
 */
public final class Response {

  private final int status;
  private final Map<String, String> headers;
  private final List<HttpCookie> cookies;
  private final byte[] body;

  private Response(int status, Map<String, String> headers, List<HttpCookie> cookies, byte[] body) {
    this.status = status;
    this.headers = Map.copyOf(headers);
    this.cookies = List.copyOf(cookies);
    this.body = body;
  }

  public static Response of(int status, String contentType, byte[] body) {
    return new Response(status, Map.of("Content-Type", contentType), List.of(), body.clone());
  }

  public static Response html(int status, String page) {
    return of(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
  }

  public static Response html(String page) {
    return html(200, page);
  }

  public static Response json(int status, String json) {
    return of(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
  }

  public static Response text(int status, String text) {
    return of(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A 302 to {@code location}. A location that is a path ({@code /next}) is taken as a route of
   * this server: the server puts its secret prefix in front where it has one.
   */
  public static Response redirect(String location) {
    return new Response(302, Map.of("Location", location), List.of(), new byte[0]);
  }

  public Response withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Response(status, more, cookies, body);
  }

  /**
   * Sets a session cookie (for the whole server, gone when the browser closes) that the page's
   * scripts cannot read, sent along when another site links here but not when it posts here.
   */
  public Response withCookie(String name, String value) {
    return withCookie(cookie(name, value).build());
  }

  /** Tells the browser to forget a cookie, as a logout does. */
  public Response withoutCookie(String name) {
    return withCookie(cookie(name, "").maxAge(0).build());
  }

  private Response withCookie(HttpCookie cookie) {
    List<HttpCookie> more = new ArrayList<>(cookies);
    more.add(cookie);
    return new Response(status, headers, more, body);
  }

  private static HttpCookie.Builder cookie(String name, String value) {
    return HttpCookie.build(name, value).path("/").httpOnly(true).sameSite(HttpCookie.SameSite.LAX);
  }

  public int status() {
    return status;
  }

  /** The headers the handler set, by name as it wrote them. */
  public Map<String, String> headers() {
    return headers;
  }

  public byte[] body() {
    return body.clone();
  }

  List<HttpCookie> cookies() {
    return cookies;
  }

  byte[] bodyBytes() {
    return body;
  }
}
