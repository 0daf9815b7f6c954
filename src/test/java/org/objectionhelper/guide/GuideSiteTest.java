package org.objectionhelper.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.Bundle;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.html.Template;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.ReasonTemplates;
import org.objectionhelper.questions.Answers;
import org.objectionhelper.questions.Questionnaire;
import org.objectionhelper.web.Guards;
import org.objectionhelper.web.LocalWebServer;

/** The pages' answers as the server takes them: posted forms in, checked answers out. */
class GuideSiteTest {
  @TempDir Path home;
  private final HttpClient http = HttpClient.newHttpClient();
  private GuideSite site;
  private LocalWebServer server;

  @BeforeEach
  void start() {
    start(Language.DE);
  }

  /** The site behind every guard, with the sticks mounted under {@code home}. */
  private void start(Language offered) {
    site =
        new GuideSite(
            ReasonTemplates.bundledAnd(home.resolve("none.yaml")),
            new UsbSticks("Linux", "eva", home, List.of(), drive -> false),
            folder -> true,
            offered);
    server = LocalWebServer.start("test", site.routes(), Guards.all());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String route, Map<String, String> fields)
      throws IOException, InterruptedException {
    String form =
        fields.entrySet().stream()
            .map(
                field ->
                    field.getKey()
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    URI address = server.url(route);
    return http.send(
        HttpRequest.newBuilder(address)
            .header("Origin", server.origin().toString())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void answerUpToTheDetails(String platform, String accounts) throws Exception {
    assertEquals(302, post("/language", Map.of("language", "en")).statusCode());
    assertEquals(302, post("/consent", Map.of("consent", "yes")).statusCode());
    assertEquals(
        302, post("/platforms", Map.of("platform", platform, "accounts", accounts)).statusCode());
  }

  @Test
  void twoAccountsGiveTwoAddressesInOrderWithTheSameOtherAnswers() throws Exception {
    answerUpToTheDetails("2", "2");
    Map<String, String> details = new LinkedHashMap<>();
    details.put("email1", " anna@example.org ");
    details.put("email2", "bob@example.org");
    details.put("reason", "2");
    details.put("folder", home.resolve("proof").toString());

    assertEquals(200, post("/details", details).statusCode());

    Answers answers = site.answers().getNow(Optional.empty()).orElseThrow();
    Questionnaire questions =
        new Questionnaire(
            Messages.of(Language.EN), ReasonTemplates.bundledAnd(home.resolve("none.yaml")), home);
    assertEquals(List.of(Platform.FACEBOOK), answers.platforms());
    assertEquals(List.of("anna@example.org", "bob@example.org"), answers.accounts());
    assertEquals(questions.reason(2, ""), answers.request().reason());
    assertEquals(home.resolve("proof"), answers.evidenceRoot().path());
    assertTrue(answers.request().consent().contains(questions.consentRecord()));
  }

  @Test
  void aRefusedAnswerIsShownBesideItsFieldAsTypedAndNothingIsAnswered() throws Exception {
    answerUpToTheDetails("3", "1");

    String page =
        post("/details", Map.of("email1", "anna@example", "reason", "0", "folder", home.toString()))
            .body();

    assertFalse(site.answers().isDone());
    assertTrue(page.contains("value=\"anna@example\""), page);
    assertTrue(
        page.contains("aria-describedby=\"email1-hint email1-error\" aria-invalid=\"true\""), page);
    String message = Messages.of(Language.EN).text("assist.email.invalid", "anna@example");
    assertTrue(page.contains("id=\"email1-error\" aria-live=\"polite\">" + escaped(message)), page);
  }

  @Test
  void theCheckAsYouTypeAnswersWithTheModelsMessage() throws Exception {
    String refused = post("/check-email", Map.of("email", "anna@")).body();
    String accepted = post("/check-email", Map.of("email", "anna@example.org")).body();

    assertTrue(
        refused.contains(Messages.of(Language.DE).text("assist.email.invalid", "anna@")), refused);
    assertEquals("{\"message\":\"\"}", accepted);
  }

  @Test
  void aMountedUsbStickIsSuggestedForTheProof() throws Exception {
    Path stick = Files.createDirectories(home.resolve("media/eva/STICK"));
    server.close();
    start(Language.EN);
    answerUpToTheDetails("3", "1");

    String page =
        http.send(
                HttpRequest.newBuilder(server.url("/details")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();

    assertTrue(page.contains("value=\"" + stick.resolve("objection-evidence") + "\""), page);
    assertTrue(page.contains(Messages.of(Language.EN).text("guide.folder.stick", stick)), page);
  }

  /** The receipt is served as the tool wrote it, and nothing a link in its place leads to. */
  @Test
  void servesTheReceiptOfTheEvidenceFolderButNoLinkInItsPlace() throws Exception {
    Path secret = Files.writeString(home.resolve("shadow"), "root:$6$secret-hash:19000");
    Path linked = Files.createDirectories(home.resolve("linked"));
    Files.createSymbolicLink(linked.resolve(Bundle.RECEIPT), secret);
    Path plain = Files.createDirectories(home.resolve("plain"));
    Files.writeString(plain.resolve(Bundle.RECEIPT), "<p>the receipt</p>");
    site.end()
        .finished(
            List.of(
                new Outcome(Platform.FACEBOOK, ExitCode.OK, "sent", Optional.of(plain)),
                new Outcome(Platform.INSTAGRAM, ExitCode.OK, "sent", Optional.of(linked))));

    HttpResponse<String> served = get("/receipt?n=0");
    HttpResponse<String> refused = get("/receipt?n=1");

    assertEquals(200, served.statusCode());
    assertEquals("<p>the receipt</p>", served.body());
    assertEquals(404, refused.statusCode());
    assertFalse(refused.body().contains("secret-hash"), refused.body());
  }

  private HttpResponse<String> get(String route) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(server.url(route)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String escaped(String text) {
    return Template.escape(text);
  }
}
