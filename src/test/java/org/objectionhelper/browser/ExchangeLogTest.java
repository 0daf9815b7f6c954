package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.objectionhelper.web.Exchange;

/** The exchanges kept for the web archive, fed the DevTools' events as maps, without a browser. */
class ExchangeLogTest {
  private static final Duration PATIENCE = Duration.ofSeconds(5);
  private final Map<String, byte[]> bodies = new HashMap<>();

  @Test
  void keepsRequestAndAnswerOfTheHostsItIsToldWithoutSessionHeaders() throws Exception {
    try (ExchangeLog log = new ExchangeLog(id -> Optional.ofNullable(bodies.get(id)))) {
      log.keep(Set.of("www.facebook.com"));
      bodies.put("1", "<h1>Form</h1>".getBytes(StandardCharsets.UTF_8));

      log.requestSent(
          request("1", "https://www.facebook.com/help/contact/1", "GET", "Document")
              .withHeaders(Map.of("Cookie", "c_user=1", "Accept", "text/html")),
          "");
      log.answered(answer("1", 200, Map.of("Set-Cookie", "xs=2", "Content-Type", "text/html")));
      log.finished(Map.of("requestId", "1"));

      List<Exchange> kept = log.since(0, PATIENCE);
      assertEquals(1, kept.size());
      Exchange exchange = kept.get(0);
      assertEquals(Map.of("Accept", "text/html"), exchange.requestHeaders());
      assertEquals(Map.of("Content-Type", "text/html"), exchange.responseHeaders());
      assertEquals(200, exchange.status());
      assertTrue(exchange.document());
      assertArrayEquals("<h1>Form</h1>".getBytes(StandardCharsets.UTF_8), exchange.responseBody());
    }
  }

  @Test
  void keepsNothingOfOtherHostsNorBeforeItIsToldWhichToKeep() throws Exception {
    try (ExchangeLog log = new ExchangeLog(id -> Optional.of(new byte[] {1}))) {
      exchange(log, "1", "https://www.facebook.com/login", "POST", "Document", "pass=secret");
      log.keep(Set.of("www.facebook.com"));
      exchange(log, "2", "https://static.example.net/app.js", "GET", "Script", "");
      exchange(log, "3", "https://www.facebook.com/form", "GET", "Document", "");

      assertEquals(
          List.of(URI.create("https://www.facebook.com/form")),
          log.since(0, PATIENCE).stream().map(Exchange::url).toList());
    }
  }

  @Test
  void theFormPageBeginsWhereItWasLoadedAfterTheLoginThatRedirectedToIt() throws Exception {
    try (ExchangeLog log = new ExchangeLog(id -> Optional.of(new byte[] {1}))) {
      log.keep(Set.of("www.facebook.com"));
      exchange(log, "1", "https://www.facebook.com/help/contact/1", "GET", "Document", "");
      log.requestSent(
          request("2", "https://www.facebook.com/login", "POST", "Document").plain(), "p");
      // the login's answer redirects: the same request id goes on to the form
      Map<String, Object> redirected =
          request("2", "https://www.facebook.com/help/contact/1#top", "GET", "Document").plain();
      redirected.put("redirectResponse", Map.of("status", 302, "statusText", "Found"));
      log.requestSent(redirected, "");
      log.answered(answer("2", 200, Map.of()));
      log.finished(Map.of("requestId", "2"));

      long formPage = log.pageAt(URI.create("https://www.facebook.com/help/contact/1"));
      List<Exchange> archived = log.since(formPage, PATIENCE);

      assertEquals(1, archived.size(), archived.toString());
      assertEquals("GET", archived.get(0).method());
      assertTrue(
          log.since(0, PATIENCE).stream().anyMatch(exchange -> exchange.status() == 302),
          "the login's redirect is an exchange of its own, before the form");
    }
  }

  @Test
  void waitsForTheAnswerToWhatAFormSentWhileItIsStillOnItsWay() throws Exception {
    try (ExchangeLog log = new ExchangeLog(id -> Optional.of(new byte[] {1}))) {
      log.keep(Set.of("www.facebook.com"));
      log.requestSent(
          request("sent", "https://www.facebook.com/ajax/submit", "POST", "XHR").plain(), "e=a");
      List<List<Exchange>> archived = new CopyOnWriteArrayList<>();
      Thread archiving =
          new Thread(
              () -> {
                try {
                  archived.add(log.since(0, PATIENCE));
                } catch (InterruptedException stopped) {
                  Thread.currentThread().interrupt();
                }
              });
      archiving.start();
      while (archiving.getState() != Thread.State.TIMED_WAITING
          && archiving.getState() != Thread.State.TERMINATED) {
        Thread.onSpinWait();
      }

      log.answered(answer("sent", 200, Map.of()));
      log.finished(Map.of("requestId", "sent"));
      archiving.join();

      assertEquals(1, archived.get(0).size(), "Meta's answer to the Send is in the archive");
    }
  }

  @Test
  void keepsAnAnswerWhoseEndIsReportedBeforeItsHeaders() throws Exception {
    try (ExchangeLog log = new ExchangeLog(id -> Optional.of(new byte[] {1}))) {
      log.keep(Set.of("www.facebook.com"));
      log.requestSent(
          request("sent", "https://www.facebook.com/ajax/submit", "POST", "Fetch").plain(), "e=a");

      log.finished(Map.of("requestId", "sent"));
      log.answered(answer("sent", 200, Map.of()));

      assertEquals(1, log.since(0, PATIENCE).size());
    }
  }

  @Test
  void keepsAnAnswerReportedBeforeItsRequest() throws Exception {
    try (ExchangeLog log = new ExchangeLog(id -> Optional.of(new byte[] {1}))) {
      log.keep(Set.of("www.facebook.com"));
      Map<String, Object> answer =
          Map.of(
              "requestId",
              "sent",
              "response",
              Map.of(
                  "url",
                  "https://www.facebook.com/ajax/submit",
                  "status",
                  200,
                  "headers",
                  Map.of()));

      log.answered(answer);
      log.finished(Map.of("requestId", "sent"));
      log.requestSent(
          request("sent", "https://www.facebook.com/ajax/submit", "POST", "Fetch").plain(), "e=a");

      assertEquals(1, log.since(0, PATIENCE).size());
    }
  }

  @Test
  void anAnswerTooLargeOrGoneIsLeftOutAndCounted() throws Exception {
    bodies.put("big", new byte[ExchangeLog.MAX_ANSWER_BYTES + 1]);
    try (ExchangeLog log = new ExchangeLog(id -> Optional.ofNullable(bodies.get(id)))) {
      log.keep(Set.of("www.facebook.com"));
      exchange(log, "big", "https://www.facebook.com/video", "GET", "Media", "");
      exchange(log, "gone", "https://www.facebook.com/form", "GET", "Document", "");

      assertTrue(log.since(0, PATIENCE).isEmpty());
      assertEquals(2, log.leftOut());
    }
  }

  @Test
  void overItsBoundItLetsPartsOfPagesGoBeforePagesAndWhatAFormSent() throws Exception {
    int part = ExchangeLog.MAX_ANSWER_BYTES;
    try (ExchangeLog log = new ExchangeLog(id -> Optional.of(new byte[part]))) {
      log.keep(Set.of("www.facebook.com"));
      exchange(log, "page", "https://www.facebook.com/form", "GET", "Document", "");
      exchange(log, "sent", "https://www.facebook.com/ajax/submit", "POST", "XHR", "email=a");
      for (int i = 0; i < 4; i++) {
        exchange(log, "script" + i, "https://www.facebook.com/s" + i + ".js", "GET", "Script", "");
      }

      List<URI> kept = log.since(0, PATIENCE).stream().map(Exchange::url).toList();
      assertTrue(kept.contains(URI.create("https://www.facebook.com/form")), kept.toString());
      assertTrue(kept.contains(URI.create("https://www.facebook.com/ajax/submit")));
      assertFalse(kept.contains(URI.create("https://www.facebook.com/s0.js")), kept.toString());
      assertEquals(2, log.leftOut());
    }
  }

  private static void exchange(
      ExchangeLog log, String id, String url, String method, String type, String body) {
    log.requestSent(request(id, url, method, type).plain(), body);
    log.answered(answer(id, 200, Map.of()));
    log.finished(Map.of("requestId", id));
  }

  private static Map<String, Object> answer(String id, int status, Map<String, String> headers) {
    return Map.of(
        "requestId",
        id,
        "response",
        Map.of("status", status, "statusText", "", "headers", headers));
  }

  private static Event request(String id, String url, String method, String type) {
    return new Event(id, url, method, type);
  }

  /** A {@code Network.requestWillBeSent} event's parameters. */
  private record Event(String id, String url, String method, String type) {
    Map<String, Object> withHeaders(Map<String, String> headers) {
      Map<String, Object> params = new HashMap<>();
      params.put("requestId", id);
      params.put("type", type);
      params.put("wallTime", 1_765_000_000.5);
      params.put("request", Map.of("url", url, "method", method, "headers", headers));
      return params;
    }

    Map<String, Object> plain() {
      return withHeaders(Map.of());
    }
  }
}
