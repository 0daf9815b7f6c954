package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.objectionhelper.basics.Language;
import org.objectionhelper.page.Poll;
import org.objectionhelper.web.Guards;
import org.objectionhelper.web.LocalWebServer;
import org.objectionhelper.web.Response;
import org.objectionhelper.web.Routes;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The browser's own record of what left it and of trusted clicks, which a page's script can neither
 * fake nor hide: a real headless Chromium against a page on 127.0.0.1.
 */
@Tag("browser")
class NetworkRecordTest {
  private static final String PAGE =
      """
      <!doctype html><html><body>
      <input id=email name=Field1 value="anna@example.org">
      <button id=send type=button>Send</button>
      <button id=other type=button>Other</button>
      <script>
        // What the page shows is not what it sends: the body carries another address.
        const post = (body) => fetch('/submit', {method: 'POST',
            headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body});
        document.getElementById('send').addEventListener('click',
            () => post('Field1=' + encodeURIComponent('mallory@example.net') + '&lsd=x'));
        document.getElementById('other').addEventListener('click',
            () => post('Field1=scripted'));
      </script></body></html>
      """;

  private static LocalWebServer server;
  private static BrowserSession browser;

  @BeforeAll
  static void start() {
    server =
        LocalWebServer.start(
            "network-record",
            new Routes()
                .get("/form", request -> Response.html(PAGE))
                .post("/submit", request -> Response.json(200, "{}")),
            Guards.none());
    browser = BrowserLauncher.standard().start(BrowserOptions.headless(Language.EN));
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  @Test
  void recordsTheBodyThatLeftAndOnlyTheTrustedClick() {
    NetworkRecord record = browser.network().orElseThrow();
    Instant from = Instant.now();
    WebDriver driver = browser.driver();
    driver.get(server.url("/form").toString());
    driver.findElement(By.id("send")).click();
    ((JavascriptExecutor) driver).executeScript("document.getElementById('other').click()");

    List<SentRequest> posts = postsArriving(record, from, 2);

    assertEquals("Field1=mallory%40example.net&lsd=x", posts.get(0).body());
    assertEquals("application/x-www-form-urlencoded", posts.get(0).contentType());
    assertEquals("Field1=scripted", posts.get(1).body());
    List<Gesture> clicks =
        Poll.until(
                Duration.ofSeconds(5),
                () ->
                    Optional.of(
                            record.gestures().stream()
                                .filter(g -> g.control().text().equals("Send"))
                                .toList())
                        .filter(found -> !found.isEmpty()))
            .orElse(List.of());
    assertEquals(1, clicks.size(), record.gestures().toString());
    assertTrue(clicks.get(0).control().pressable());
    assertTrue(!clicks.get(0).at().isAfter(posts.get(0).at()), clicks + " " + posts);
    assertTrue(
        record.gestures().stream().noneMatch(g -> g.control().text().equals("Other")),
        "a script's click is no gesture: " + record.gestures());
  }

  @Test
  void aPageThatFloodsTheRecordCannotPushOutTheRequestThatFollows() {
    NetworkRecord record = browser.network().orElseThrow();
    WebDriver driver = browser.driver();
    driver.get(server.url("/form").toString());
    ((JavascriptExecutor) driver)
        .executeAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            const post = (body) => fetch('/submit', {method: 'POST', body});
            const flood = [];
            for (let i = 0; i < %d; i++) flood.push(post('flood=' + i));
            Promise.all(flood).then(() => post('Field1=last')).then(() => done());
            """
                .formatted(NetworkRecord.MAX_KEPT + 50));

    List<SentRequest> kept =
        Poll.until(
                Duration.ofSeconds(20),
                () ->
                    Optional.of(record.requests())
                        .filter(
                            requests ->
                                requests.get(requests.size() - 1).body().equals("Field1=last")))
            .orElseThrow(() -> new AssertionError("the last request was not kept"));

    assertTrue(kept.size() <= NetworkRecord.MAX_KEPT, "kept " + kept.size());
    assertTrue(
        kept.stream().noneMatch(request -> request.body().equals("flood=0")),
        "the oldest went first");
  }

  private static List<SentRequest> postsArriving(NetworkRecord record, Instant from, int count) {
    return Poll.until(
            Duration.ofSeconds(10),
            () -> {
              List<SentRequest> posts =
                  record.requests().stream()
                      .filter(r -> r.method().equals("POST") && !r.at().isBefore(from))
                      .toList();
              return posts.size() >= count ? Optional.of(posts) : Optional.empty();
            })
        .orElseThrow(() -> new AssertionError("no posts recorded: " + record.requests()));
  }
}
