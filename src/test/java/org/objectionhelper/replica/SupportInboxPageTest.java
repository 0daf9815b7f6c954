package org.objectionhelper.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The replica's Support Inbox as a browser without a person sees it: the login first, and for an
 * account whose objection has not arrived, no message. With an objection, the end-to-end tests show
 * Meta's message (e2e/SupportInboxTest).
 */
class SupportInboxPageTest {
  private final ReplicaSite site = ReplicaSite.start();
  private final HttpClient client = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void sendsAVisitorWhoIsNotLoggedInToTheLoginAndBack() throws Exception {
    HttpResponse<String> answer = get(SupportInboxPage.PATH, "", "de");

    assertEquals(302, answer.statusCode());
    assertEquals(
        "/login/?next=%2Fsupport%2F", answer.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void showsNoMessageToAnAccountWhoseObjectionHasNotArrived() throws Exception {
    String cookie = logIn("noch.kein.widerspruch@example.org");

    String german = get(SupportInboxPage.PATH, cookie, "de").body();
    String english = get(SupportInboxPage.PATH, cookie, "en").body();

    assertTrue(german.contains("Support-Postfach") && german.contains("keine Nachrichten"), german);
    assertTrue(english.contains("Support Inbox") && english.contains("no messages"), english);
    assertFalse(english.contains("inbox-message"), english);
    assertFalse(
        get(SupportInboxPage.PATH + "?message=ai-objection", cookie, "en")
            .body()
            .contains("honour your objection"),
        "a message that was never sent does not open");
  }

  private String logIn(String account) throws IOException, InterruptedException {
    HttpRequest login =
        HttpRequest.newBuilder(site.origin().resolve("/login/?next=%2Fsupport%2F"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("email=" + account + "&pass=secret"))
            .build();
    HttpResponse<String> answer = client.send(login, BodyHandlers.ofString());
    String setCookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private HttpResponse<String> get(String path, String cookie, String language)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(site.origin() + path))
            .header("Accept-Language", language);
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return client.send(request.build(), BodyHandlers.ofString());
  }
}
