package org.objectionhelper.replica;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;

/** The replica site over plain HTTP, checked against the contract the form profiles rely on. */
class ReplicaSiteTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:15:02Z");
  private static final String GERMAN = "de-DE,de;q=0.9,en;q=0.8";
  private static final String ENGLISH = "en-GB,en;q=0.9";
  private static final String FACEBOOK_FORM = "/help/contact/712876720715583";
  private static final String INSTAGRAM_FORM = "/contact/767264225370182";
  private static final String COUNTRY = "Field1527493470879421";
  private static final String EMAIL = "Field1230011437108436";
  private static final String REASON = "Field1497640897150929";

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private ReplicaSite site;

  @BeforeEach
  void startSite() {
    site =
        ReplicaSite.start(
            ReplicaSite.Options.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  @AfterEach
  void closeSite() {
    site.close();
  }

  /**
   * The demo's replica asks itself for its first page while the browser starts: it follows the
   * redirects to a page, to the login without a session, to the form where everyone is signed in.
   */
  @Test
  void warmsUpByServingItselfAPageAndReceivesNothing() {
    assertTrue(site.warmUp(), "the login page was served");
    try (ReplicaSite signedIn =
        ReplicaSite.start(ReplicaSite.Options.defaults().withEveryoneSignedIn())) {
      assertTrue(signedIn.warmUp(), "the form was served, with the session it sets");
      assertEquals(List.of(), signedIn.submissions());
    }
    assertEquals(List.of(), site.submissions());
  }

  @ParameterizedTest
  @CsvSource({
    "FACEBOOK,  /help/contact/712876720715583, /login/?next=%2Fhelp%2Fcontact%2F712876720715583",
    "INSTAGRAM, /contact/767264225370182,      /accounts/login/?next=%2Fcontact%2F767264225370182"
  })
  void formWithoutSessionRedirectsToThePlatformsLoginPage(
      Platform platform, String formPath, String login) throws Exception {
    assertEquals(site.origin().resolve(formPath), site.formUrl(platform));

    HttpResponse<String> response = get(formPath, ENGLISH, "");

    assertEquals(302, response.statusCode());
    assertEquals(login, response.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void sessionOfOnePlatformDoesNotOpenTheOthersForm() throws Exception {
    String facebookSession = logIn(Platform.FACEBOOK, "anna@example.org");

    assertEquals(302, get(INSTAGRAM_FORM, ENGLISH, facebookSession).statusCode());
  }

  @ParameterizedTest
  @CsvSource({
    "/login/,          de-DE, de, login_form, email,    pass,     E-Mail-Adresse oder Handynummer, "
        + "Du musst dich anmelden, Anmelden",
    "/accounts/login/, en-US, en, loginForm,  username, password, 'Phone number, username, or"
        + " email', You must log in to continue., Log in"
  })
  void loginPageShowsTheGateInThePageLanguage(
      String path,
      String acceptLanguage,
      String lang,
      String formId,
      String identifier,
      String password,
      String placeholder,
      String heading,
      String button)
      throws Exception {
    String html = get(path + "?next=%2F", acceptLanguage, "").body();

    assertAll(
        () -> assertContains(html, "<html lang=\"" + lang + "\">"),
        () -> assertContains(html, "<h1>" + heading),
        () -> assertContains(html, "<form id=\"" + formId + "\" method=\"post\""),
        () -> assertContains(html, "type=\"text\" name=\"" + identifier + "\""),
        () -> assertContains(html, "placeholder=\"" + placeholder + "\""),
        () -> assertContains(html, "type=\"password\" name=\"" + password + "\""),
        () -> assertContains(html, "type=\"submit\" name=\"login\">" + button + "</button>"));
  }

  @Test
  void facebookLoginSetsTheCUserCookieAndLandsOnTheHomeFeed() throws Exception {
    HttpResponse<String> response =
        post(
            "/login/?next=%2Fhelp%2Fcontact%2F712876720715583",
            Map.of("email", "anna@example.org", "pass", "pw"));

    String session = assertRedirectSettingSessionCookie(response, "/", "c_user");
    String home = get("/", GERMAN, session).body();
    assertContains(home, "<title>Facebook</title>");
    assertContains(home, "<h1>Startseite</h1>");
    assertFalse(home.contains("<form"), home);
  }

  @Test
  void instagramLoginSetsTheSessionIdCookieAndReturnsToNext() throws Exception {
    HttpResponse<String> response =
        post(
            "/accounts/login/?next=%2Fcontact%2F767264225370182",
            Map.of("username", "anna", "password", "pw"));

    String session = assertRedirectSettingSessionCookie(response, INSTAGRAM_FORM, "sessionid");
    assertEquals(200, get(INSTAGRAM_FORM, ENGLISH, session).statusCode());
  }

  @Test
  void loginNeverLeadsAwayFromTheSite() throws Exception {
    HttpResponse<String> response =
        post("/accounts/login/?next=%2F%2Fevil.example", Map.of("username", "a", "password", "b"));

    assertEquals("/", response.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void loginWithoutPasswordIsRefusedAndOpensNoSession() throws Exception {
    HttpResponse<String> response =
        post("/login/?next=%2F", Map.of("email", "anna@example.org", "pass", ""));

    assertEquals(400, response.statusCode());
    assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
    assertContains(response.body(), "form id=\"login_form\"");
  }

  static Stream<Arguments> formPages() {
    return Stream.of(
        Arguments.of(
            Platform.FACEBOOK,
            GERMAN,
            "de",
            "Einspruch/Widerspruch gegen die Verwendung deiner Informationen für KI bei Meta",
            "Facebook-Hilfebereich",
            List.of(
                "Land, in dem du lebst",
                "E-Mail-Adresse",
                "Bitte erkläre, wie sich diese Verarbeitung auf dich auswirkt. (optional)"),
            "Land auswählen",
            "<option value=\"DE\">Deutschland</option>",
            "Senden"),
        Arguments.of(
            Platform.INSTAGRAM,
            ENGLISH,
            "en",
            "Object to your information being used for AI at Meta",
            "Instagram Help Center",
            List.of(
                "Country of residence",
                "Email address",
                "Please explain how this processing impacts you. (optional)"),
            "Select a country",
            "<option value=\"DE\">Germany</option>",
            "Send"));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("formPages")
  void formPageCarriesTheContractsTextsAndFieldsInThePageLanguage(
      Platform platform,
      String acceptLanguage,
      String lang,
      String heading,
      String helpCenter,
      List<String> labels,
      String chooseCountry,
      String germany,
      String send)
      throws Exception {
    HttpResponse<String> response =
        get(site.formUrl(platform).getPath(), acceptLanguage, logIn(platform, "anna@example.org"));
    String html = response.body();

    assertEquals(
        "text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
    assertAll(
        () -> assertContains(html, "<html lang=\"" + lang + "\">"),
        () -> assertContains(html, "<title>" + heading + " | " + helpCenter + "</title>"),
        () -> assertContains(html, "<h2>" + heading + "</h2>"),
        () -> assertEquals("select", fieldLabelled(html, labels.get(0), COUNTRY)),
        () -> assertEquals("input", fieldLabelled(html, labels.get(1), EMAIL)),
        () -> assertEquals("textarea", fieldLabelled(html, labels.get(2), REASON)),
        () -> assertContains(html, "<option value=\"\">" + chooseCountry + "</option>"),
        () -> assertContains(html, germany),
        () -> assertContains(html, "name=\"" + COUNTRY + "_iso2_country_code\""),
        () -> assertContains(html, "type=\"email\""),
        () -> assertContains(html, "name=\"jazoest\""),
        () -> assertContains(html, "name=\"support_form_id\" value=\"" + formNumber(platform)),
        () -> assertFind(html, "<button type=\"submit\" class=\"[\\w ]+\">(" + send + ")</button>"),
        () -> assertContains(html, "/ajax/help/contact/submit/page?platform=" + platform.id()),
        () -> assertContains(html, "role=\"dialog\" aria-modal=\"true\""),
        () -> assertContains(html, "publicly known descriptions"));
  }

  @Test
  void formPagePrefillsTheAccountAddressHtmlEscaped() throws Exception {
    String address = "\"o'brien<x>\"@example.org";

    String html = get(FACEBOOK_FORM, GERMAN, logIn(Platform.FACEBOOK, address)).body();

    assertContains(
        html,
        "name=\"" + EMAIL + "\" value=\"&quot;o&#39;brien&lt;x&gt;&quot;@example.org\" required");
    assertFalse(html.contains(address));
  }

  @Test
  void formPageLeavesTheEmailEmptyWhenTheLoginWasNoAddress() throws Exception {
    String html = visitForm(Platform.INSTAGRAM, "+49 170 1234567", ENGLISH).html();

    assertContains(html, "name=\"" + EMAIL + "\" value=\"\" required");
  }

  @Test
  void formPageGeneratesNewIdsAndTokensOnEveryLoad() throws Exception {
    String session = logIn(Platform.FACEBOOK, "anna@example.org");

    String first = get(FACEBOOK_FORM, ENGLISH, session).body();
    String second = get(FACEBOOK_FORM, ENGLISH, session).body();

    assertNotEquals(lsdOf(first), lsdOf(second));
    assertNotEquals(idLabelled(first, "Email address"), idLabelled(second, "Email address"));
  }

  @Test
  void submitWithThePagesTokenIsRecordedWithTheExactValues() throws Exception {
    FormVisit visit = visitForm(Platform.INSTAGRAM, "anna@example.org", GERMAN);
    String email = "jürgen.ößwald+ki@example.org";
    String reason =
        "Ich widerspreche. Grüße 🙂\nZweite Zeile\r\n<script>alert(1)</script> & \"quotes\"";
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jazoest", "2123");
    fields.put("lsd", visit.lsd());
    fields.put("support_form_id", "767264225370182");
    fields.put(COUNTRY, "AT");
    fields.put(COUNTRY + "_iso2_country_code", "AT");
    fields.put(EMAIL, email);
    fields.put(REASON, reason);

    HttpResponse<String> response = submit(Platform.INSTAGRAM, fields, visit.session());

    assertEquals(200, response.statusCode());
    assertEquals("{\"ok\":true}", response.body());
    assertEquals(
        List.of(
            new Submission(
                Platform.INSTAGRAM, Language.DE, email, List.of(email), "AT", reason, fields, NOW)),
        site.submissions());
    assertEquals(
        List.copyOf(fields.keySet()), List.copyOf(site.submissions().get(0).rawFields().keySet()));
  }

  @Test
  void submitWithoutCountryOrReasonRecordsThemEmpty() throws Exception {
    FormVisit visit = visitForm(Platform.FACEBOOK, "anna@example.org", ENGLISH);

    submit(
        Platform.FACEBOOK, Map.of("lsd", visit.lsd(), EMAIL, "anna@example.org"), visit.session());

    Submission submission = site.submissions().get(0);
    assertEquals(Language.EN, submission.language());
    assertEquals("", submission.country());
    assertEquals("", submission.reason());
  }

  @Test
  void submitWithAWrongTokenIsRejectedAndNotRecorded() throws Exception {
    FormVisit visit = visitForm(Platform.FACEBOOK, "anna@example.org", ENGLISH);
    Map<String, String> forged = Map.of("lsd", "AVq-forged", EMAIL, "anna@example.org");

    HttpResponse<String> response = submit(Platform.FACEBOOK, forged, visit.session());

    assertEquals(400, response.statusCode());
    assertEquals("{\"ok\":false}", response.body());
    assertEquals(List.of(), site.submissions());
  }

  @Test
  void submitWithAnotherPlatformsTokenIsRejected() throws Exception {
    FormVisit facebook = visitForm(Platform.FACEBOOK, "anna@example.org", ENGLISH);
    String instagramSession = logIn(Platform.INSTAGRAM, "anna@example.org");
    Map<String, String> fields = Map.of("lsd", facebook.lsd(), EMAIL, "anna@example.org");

    HttpResponse<String> response =
        submit(Platform.INSTAGRAM, fields, facebook.session() + "; " + instagramSession);

    assertEquals(400, response.statusCode());
    assertEquals(List.of(), site.submissions());
  }

  @Test
  void submitWithoutEmailIsRejectedAndNotRecorded() throws Exception {
    FormVisit visit = visitForm(Platform.FACEBOOK, "anna@example.org", ENGLISH);

    HttpResponse<String> response =
        submit(Platform.FACEBOOK, Map.of("lsd", visit.lsd(), EMAIL, " "), visit.session());

    assertEquals(400, response.statusCode());
    assertEquals(List.of(), site.submissions());
  }

  @Test
  void recordsEverySubmissionOfConcurrentSenders() {
    FormVisit visit = visitForm(Platform.FACEBOOK, "anna@example.org", ENGLISH);
    Set<String> reasons = IntStream.range(0, 20).mapToObj(i -> "#" + i).collect(Collectors.toSet());

    CompletableFuture<?>[] sent =
        reasons.stream()
            .map(reason -> Map.of("lsd", visit.lsd(), EMAIL, "anna@example.org", REASON, reason))
            .map(fields -> submitRequest(Platform.FACEBOOK, fields, visit.session()))
            .map(request -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
            .toArray(CompletableFuture[]::new);
    CompletableFuture.allOf(sent).join();

    assertEquals(
        reasons, site.submissions().stream().map(Submission::reason).collect(Collectors.toSet()));
  }

  @Test
  void closeStopsServingAtOnce() {
    URI form;
    try (ReplicaSite closed = ReplicaSite.start()) {
      form = closed.formUrl(Platform.FACEBOOK);
    }

    assertThrows(
        IOException.class,
        () ->
            http.send(
                HttpRequest.newBuilder(form).build(), HttpResponse.BodyHandlers.discarding()));
  }

  /** A logged-in visit to a form page: the session cookie and the page it got. */
  private record FormVisit(String session, String html) {
    String lsd() {
      return lsdOf(html);
    }
  }

  private FormVisit visitForm(Platform platform, String identifier, String acceptLanguage) {
    try {
      String session = logIn(platform, identifier);
      return new FormVisit(
          session, get(site.formUrl(platform).getPath(), acceptLanguage, session).body());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("cannot open the " + platform.id() + " form", e);
    }
  }

  /** Logs in and returns the session cookie as a Cookie header value. */
  private String logIn(Platform platform, String identifier)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        platform == Platform.FACEBOOK
            ? post("/login/", Map.of("email", identifier, "pass", "pw"))
            : post("/accounts/login/", Map.of("username", identifier, "password", "pw"));
    return sessionCookie(response);
  }

  /** Checks a login's answer and returns its session cookie as a Cookie header value. */
  private static String assertRedirectSettingSessionCookie(
      HttpResponse<?> response, String location, String cookieName) {
    assertEquals(302, response.statusCode());
    assertEquals(location, response.headers().firstValue("Location").orElseThrow());
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.matches(cookieName + "=[\\w-]{20,}; Path=/; HttpOnly.*"), cookie);
    return sessionCookie(response);
  }

  private static String sessionCookie(HttpResponse<?> loginResponse) {
    return loginResponse.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
  }

  private HttpResponse<String> get(String path, String acceptLanguage, String cookie)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(site.origin().resolve(path))
            .header("Accept-Language", acceptLanguage);
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  private HttpResponse<String> post(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    return http.send(
        formPost(site.origin().resolve(path), fields, ""),
        HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  /** Posts the fields as the form page's script does, with English as the browser's language. */
  private HttpResponse<String> submit(Platform platform, Map<String, String> fields, String cookie)
      throws IOException, InterruptedException {
    return http.send(
        submitRequest(platform, fields, cookie), HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  private HttpRequest submitRequest(Platform platform, Map<String, String> fields, String cookie) {
    URI url = site.origin().resolve("/ajax/help/contact/submit/page?platform=" + platform.id());
    return formPost(url, fields, cookie);
  }

  private static HttpRequest formPost(URI url, Map<String, String> fields, String cookie) {
    String body =
        fields.entrySet().stream()
            .map(
                f ->
                    URLEncoder.encode(f.getKey(), UTF_8)
                        + "="
                        + URLEncoder.encode(f.getValue(), UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
            .header("Accept-Language", ENGLISH)
            .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8));
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return request.build();
  }

  private static String lsdOf(String html) {
    return assertFind(html, "name=\"lsd\" value=\"([^\"]+)\"");
  }

  private static String idLabelled(String html, String label) {
    return assertFind(
        html,
        "<label class=\"[\\w ]+\" for=\"(u_0_\\d_\\w{2})\">" + Pattern.quote(label) + "</label>");
  }

  /** The tag name of the field a label points at, checking that it carries the given name. */
  private static String fieldLabelled(String html, String label, String name) {
    String id = idLabelled(html, label);
    return assertFind(
        html,
        "<(\\w+) class=\"[\\w ]+\"(?: type=\"\\w+\")? id=\"" + id + "\" name=\"" + name + "\"");
  }

  private static String formNumber(Platform platform) {
    return platform == Platform.FACEBOOK ? "712876720715583" : "767264225370182";
  }

  private static void assertContains(String html, String expected) {
    assertTrue(html.contains(expected), () -> "no " + expected + " in\n" + html);
  }

  /** Group 1 of the first match of the regex in the page; fails if there is none. */
  private static String assertFind(String html, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(html);
    assertTrue(matcher.find(), () -> "no match for " + regex + " in\n" + html);
    return matcher.group(1);
  }
}
