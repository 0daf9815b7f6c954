package org.objectionhelper.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;

/**
 * Files served as they are on 127.0.0.1, GET and HEAD, whole (no ranges): what a person does with
 * {@code python3 -m http.server} to open a web archive in ReplayWeb.page.
 */
final class StaticSite implements AutoCloseable {
  private final HttpServer server;

  /** A file to serve, with the type it is served as. */
  record File(String contentType, byte[] content) {}

  /**
   * @param files by path; "/" as well for the start page
   */
  StaticSite(Map<String, File> files) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/", exchange -> answer(exchange, files.get(exchange.getRequestURI().getPath())));
    server.start();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static void answer(HttpExchange exchange, File file) throws IOException {
    try (exchange) {
      if (file == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", file.contentType());
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(200, head ? -1 : file.content().length);
      if (!head) {
        try (OutputStream body = exchange.getResponseBody()) {
          body.write(file.content());
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
