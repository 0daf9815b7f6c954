package org.objectionhelper.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each guard refuses what it is for, lets the server's own pages through, and is off by default.
 */
class GuardsTest {

  private static final Routes ROUTES =
      new Routes()
          .get("/", request -> Response.text(200, "start"))
          .get("/page", request -> Response.text(200, "page"))
          .post("/answer", request -> Response.text(200, "taken"));

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void hostCheckRefusesANameReboundTo127001() throws Exception {
    try (LocalWebServer server =
        LocalWebServer.start("test", ROUTES, Guards.none().withHostCheck())) {
      int port = server.origin().getPort();

      String rebound = RawHttp.send(server.origin(), "GET", "/", "Host: attacker.example:" + port);
      String otherPort = RawHttp.send(server.origin(), "GET", "/", "Host: 127.0.0.1:" + (port + 1));

      assertEquals(403, RawHttp.status(rebound), rebound);
      assertEquals(403, RawHttp.status(otherPort), otherPort);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST"})
  void hostCheckLetsTheServersOwnNamesThrough(String host) throws Exception {
    try (LocalWebServer server =
        LocalWebServer.start("test", ROUTES, Guards.none().withHostCheck())) {
      String answer =
          RawHttp.send(
              server.origin(), "GET", "/", "Host: " + host + ":" + server.origin().getPort());

      assertEquals(200, RawHttp.status(answer), answer);
    }
  }

  @Test
  void withoutGuardsAnyHostIsServed() throws Exception {
    try (LocalWebServer server = LocalWebServer.start("test", ROUTES, Guards.none())) {
      String answer = RawHttp.send(server.origin(), "GET", "/", "Host: replica.example");

      assertEquals(200, RawHttp.status(answer), answer);
    }
  }

  @Test
  void originCheckRefusesAPostFromAnotherSite() throws Exception {
    try (LocalWebServer server =
        LocalWebServer.start("test", ROUTES, Guards.none().withOriginCheck())) {
      URI answer = server.url("/answer");

      assertEquals(403, post(answer, "Origin", "http://attacker.example").statusCode());
      assertEquals(403, post(answer, "Origin", "null").statusCode());
      assertEquals(
          403,
          post(answer, "Origin", "http://127.0.0.1:" + (server.origin().getPort() + 1))
              .statusCode());
      assertEquals(403, post(answer, "Referer", "http://attacker.example/page").statusCode());
      String neither = RawHttp.send(server.origin(), "POST", "/answer", "Host: 127.0.0.1");
      assertEquals(403, RawHttp.status(neither), neither);
    }
  }

  @Test
  void originCheckTakesPostsFromTheServersOwnPages() throws Exception {
    try (LocalWebServer server =
        LocalWebServer.start("test", ROUTES, Guards.none().withOriginCheck())) {
      URI answer = server.url("/answer");
      int port = server.origin().getPort();

      assertEquals(200, post(answer, "Origin", server.origin().toString()).statusCode());
      assertEquals(200, post(answer, "Origin", "http://localhost:" + port).statusCode());
      assertEquals(200, post(answer, "Referer", server.url("/page").toString()).statusCode());
    }
  }

  @Test
  void originCheckLeavesReadingAlone() throws Exception {
    try (LocalWebServer server =
        LocalWebServer.start("test", ROUTES, Guards.none().withOriginCheck())) {
      HttpResponse<String> linked =
          http.send(
              HttpRequest.newBuilder(server.url("/page"))
                  .header("Referer", "http://attacker.example/")
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertEquals(200, linked.statusCode());
    }
  }

  @Test
  void secretPathServesNothingWithoutTheSecret() throws Exception {
    try (LocalWebServer server =
        LocalWebServer.start("test", ROUTES, Guards.none().withSecretPath())) {
      String secret = server.url("/").getPath().split("/")[1];

      assertTrue(secret.matches("[A-Za-z0-9_-]{22}"), secret);
      assertEquals(200, get(server.url("/")).statusCode());
      assertEquals("page", get(server.url("/page")).body());
      assertEquals(200, get(URI.create(server.origin() + "/" + secret)).statusCode());
      assertEquals(404, get(server.origin().resolve("/")).statusCode());
      assertEquals(404, get(server.origin().resolve("/page")).statusCode());
      assertEquals(
          404, get(server.origin().resolve("/" + secret.substring(1) + "/page")).statusCode());
      assertEquals(404, get(server.origin().resolve("/" + secret + "x/page")).statusCode());
    }
  }

  @Test
  void everyServerHasItsOwnSecret() {
    try (LocalWebServer one = LocalWebServer.start("test", ROUTES, Guards.all());
        LocalWebServer two = LocalWebServer.start("test", ROUTES, Guards.all())) {
      assertNotEquals(one.url("/").getPath(), two.url("/").getPath());
    }
  }

  @Test
  void aRedirectToARouteKeepsTheSecret() throws Exception {
    Routes routes = new Routes().post("/answer", request -> Response.redirect("/page"));
    try (LocalWebServer server = LocalWebServer.start("test", routes, Guards.all())) {
      HttpResponse<String> answer =
          post(server.url("/answer"), "Origin", server.origin().toString());

      assertEquals(302, answer.statusCode());
      assertEquals(
          server.url("/page").getPath(), answer.headers().firstValue("Location").orElseThrow());
    }
  }

  private HttpResponse<String> get(URI url) throws Exception {
    return http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(URI url, String header, String value) throws Exception {
    return http.send(
        HttpRequest.newBuilder(url)
            .header(header, value)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("answer=yes"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
