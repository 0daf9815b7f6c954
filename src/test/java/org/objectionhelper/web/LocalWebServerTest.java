package org.objectionhelper.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/** The server without guards: routing, what a handler reads and answers, failures, stopping. */
class LocalWebServerTest {

  private static final String BOUNDARY = "----WebKitFormBoundaryx7Q";

  /** Bytes that look like the format's own separators must come through untouched. */
  private static final byte[] AWKWARD = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', '-', '-', '\r', '\n', '\r', '\n', 0, (byte) 0xff
  };

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void routesByMethodAndExactPathAndServesNothingElse() throws Exception {
    Routes routes =
        new Routes()
            .get("/form", request -> Response.html("<p>form</p>"))
            .post("/form", request -> Response.text(200, "posted"));
    try (LocalWebServer server = LocalWebServer.start("test", routes, Guards.none())) {
      HttpResponse<String> page = get(server.url("/form"));

      assertEquals("http://127.0.0.1:" + server.origin().getPort(), server.origin().toString());
      assertEquals(200, page.statusCode());
      assertEquals("<p>form</p>", page.body());
      assertEquals(
          "text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
      assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
      assertEquals("SAMEORIGIN", page.headers().firstValue("X-Frame-Options").orElseThrow());
      assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElseThrow());
      assertEquals("posted", post(server.url("/form"), "a=1").body());
      assertEquals(404, get(server.url("/form/")).statusCode());
      assertEquals(404, get(server.url("/")).statusCode());
      assertEquals(404, get(server.url("/Form")).statusCode());
      assertEquals(405, send(server.url("/form"), "DELETE").statusCode());
    }
  }

  @Test
  void handlerReadsQueryFieldsCookiesAndHeaders() throws Exception {
    Routes routes =
        new Routes()
            .post(
                "/echo",
                request ->
                    Response.text(
                        200,
                        String.join(
                            "|",
                            request.method(),
                            request.path(),
                            request.query("q").orElse("-"),
                            request.field("name"),
                            request.field("missing"),
                            String.join(",", request.values("name")),
                            String.join(",", request.fields().keySet()),
                            request.cookie("session").orElse("-"),
                            request.header("accept-language").orElse("-"))));
    try (LocalWebServer server = LocalWebServer.start("test", routes, Guards.none())) {
      HttpResponse<String> echo =
          http.send(
              HttpRequest.newBuilder(URI.create(server.url("/echo") + "?q=a%20b&q=second"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", "session=s1; other=o")
                  .header("Accept-Language", "de-DE")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "name=Gr%C3%B6%C3%9Fe+%26+mehr&z=1&name=second"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertEquals("POST|/echo|a b|Größe & mehr||Größe & mehr,second|name,z|s1|de-DE", echo.body());
    }
  }

  @Test
  void aBodyThatIsNoFormComesAsItsBytes() throws Exception {
    Routes routes =
        new Routes()
            .post(
                "/raw",
                request ->
                    Response.of(200, "application/octet-stream", request.body())
                        .withHeader("X-Fields", String.valueOf(request.fields().size())));
    try (LocalWebServer server = LocalWebServer.start("test", routes, Guards.none())) {
      HttpResponse<byte[]> echo =
          http.send(
              HttpRequest.newBuilder(server.url("/raw"))
                  .header("Content-Type", "application/timestamp-query")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(AWKWARD))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());

      assertArrayEquals(AWKWARD, echo.body());
      assertEquals("0", echo.headers().firstValue("X-Fields").orElseThrow());
    }
  }

  @Test
  void multipartFormGivesTextFieldsAndFilesExactlyAsSent() throws Exception {
    List<Request> seen = new ArrayList<>();
    Routes routes =
        new Routes()
            .post(
                "/upload",
                request -> {
                  seen.add(request);
                  return Response.text(200, "ok");
                });
    try (LocalWebServer server = LocalWebServer.start("test", routes, Guards.none())) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(server.url("/upload"))
                  .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertEquals(200, answer.statusCode());
      Request request = seen.get(0);
      assertEquals("Größe\r\nzweite Zeile", request.field("Field1"));
      assertEquals(List.of("Field1"), List.copyOf(request.fields().keySet()));
      assertEquals(1, request.files().size(), "the empty file input sends no file");
      UploadedFile file = request.files().get(0);
      assertEquals("Field2", file.field());
      assertEquals("antwort.png", file.fileName());
      assertEquals("image/png", file.contentType());
      assertArrayEquals(AWKWARD, file.content());
    }
  }

  @Test
  void aMultipartBodyCutShortIsABadRequest() throws Exception {
    Routes routes = new Routes().post("/upload", request -> Response.text(200, "ok"));
    try (LocalWebServer server = LocalWebServer.start("test", routes, Guards.none())) {
      byte[] whole = multipartBody();
      byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 40);

      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(server.url("/upload"))
                  .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(truncated))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertEquals(400, answer.statusCode());
    }
  }

  @Test
  void responseSetsAndClearsCookiesScriptsCannotRead() throws Exception {
    Routes routes =
        new Routes()
            .get("/in", request -> Response.redirect("/home").withCookie("session", "s1"))
            .get("/out", request -> Response.html("bye").withoutCookie("session"));
    try (LocalWebServer server = LocalWebServer.start("test", routes, Guards.none())) {
      HttpResponse<String> in = get(server.url("/in"));
      String out = get(server.url("/out")).headers().firstValue("Set-Cookie").orElseThrow();

      assertEquals(302, in.statusCode());
      assertEquals("/home", in.headers().firstValue("Location").orElseThrow());
      String cookie = in.headers().firstValue("Set-Cookie").orElseThrow();
      assertTrue(cookie.startsWith("session=s1;"), cookie);
      assertTrue(cookie.contains("HttpOnly"), cookie);
      assertTrue(cookie.contains("SameSite=Lax"), cookie);
      assertTrue(cookie.contains("Path=/"), cookie);
      assertTrue(out.startsWith("session=;"), out);
      assertTrue(out.contains("Expires=Thu, 01 Jan 1970"), out);
    }
  }

  @Test
  void aFailingHandlerIsA500LoggedWithoutItsFields() throws Exception {
    Routes routes =
        new Routes()
            .post(
                "/login",
                request -> {
                  throw new IllegalStateException("no account for " + request.field("email"));
                });
    List<String> logged = new ArrayList<>();
    Logger logger = Logger.getLogger(RoutingHandler.class.getName());
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(new SimpleFormatter().format(record));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(capture);
    try (LocalWebServer server = LocalWebServer.start("test", routes, Guards.none())) {
      HttpResponse<String> answer = post(server.url("/login"), "email=person%40example.org");

      assertEquals(500, answer.statusCode());
      assertFalse(answer.body().contains("person@example.org"), answer.body());
      assertEquals(1, logged.size(), logged.toString());
      assertTrue(logged.get(0).contains("POST /login"), logged.get(0));
      assertTrue(logged.get(0).contains("IllegalStateException"), logged.get(0));
      assertFalse(logged.get(0).contains("person@example.org"), logged.get(0));
    } finally {
      logger.removeHandler(capture);
    }
  }

  @Test
  void closeStopsItsDaemonThreadsAndFreesThePort() throws Exception {
    Routes routes = new Routes().get("/", request -> Response.text(200, "up"));
    LocalWebServer server = LocalWebServer.start("closing", routes, Guards.none());
    URI origin = server.origin();
    assertEquals("up", get(server.url("/")).body());
    List<Thread> threads =
        Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> thread.getName().startsWith("closing-web"))
            .toList();
    assertFalse(threads.isEmpty());
    assertTrue(threads.stream().allMatch(Thread::isDaemon), threads.toString());

    server.close();

    assertThrows(
        ConnectException.class, () -> new Socket(origin.getHost(), origin.getPort()).close());
    try (ServerSocket again =
        new ServerSocket(origin.getPort(), 1, InetAddress.getByName("127.0.0.1"))) {
      assertEquals(origin.getPort(), again.getLocalPort());
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private static byte[] multipartBody() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"Field1\"\r\n\r\n"
                + "Größe\r\nzweite Zeile\r\n"
                + "--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"Field2\";"
                + " filename=\"antwort.png\"\r\nContent-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(AWKWARD);
    out.writeBytes(
        ("\r\n--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"Field3\";"
                + " filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                + "\r\n--"
                + BOUNDARY
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private HttpResponse<String> get(URI url) throws Exception {
    return http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(URI url, String method) throws Exception {
    return http.send(
        HttpRequest.newBuilder(url).method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(URI url, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(url)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
