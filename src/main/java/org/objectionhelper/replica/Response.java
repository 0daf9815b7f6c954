package org.objectionhelper.replica;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers; written to the exchange in one place, always uncached. */
record Response(int status, Map<String, String> headers, String body) {

  Response {
    headers = Map.copyOf(headers);
  }

  static Response html(int status, String page) {
    return new Response(status, Map.of("Content-Type", "text/html; charset=utf-8"), page);
  }

  static Response html(String page) {
    return html(200, page);
  }

  static Response json(int status, String json) {
    return new Response(status, Map.of("Content-Type", "application/json; charset=utf-8"), json);
  }

  static Response redirect(String location) {
    return new Response(302, Map.of("Location", location), "");
  }

  static Response text(int status, String text) {
    return new Response(status, Map.of("Content-Type", "text/plain; charset=utf-8"), text);
  }

  /** Sets a session cookie the page's scripts cannot read. */
  Response withSessionCookie(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax");
    return new Response(status, more, body);
  }

  /** Tells the browser to forget the session cookie, as a logout does. */
  Response withoutSessionCookie(String name) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put("Set-Cookie", name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    return new Response(status, more, body);
  }

  void writeTo(HttpExchange exchange) throws IOException {
    headers.forEach(exchange.getResponseHeaders()::set);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
