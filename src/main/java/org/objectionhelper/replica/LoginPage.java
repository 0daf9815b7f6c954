package org.objectionhelper.replica;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.objectionhelper.basics.Language;
import org.objectionhelper.html.Template;
import org.objectionhelper.web.Response;

/**
 * A platform's login gate. Any non-empty identifier and password let the person in; the password is
 * only checked for presence and never kept.
 */
final class LoginPage {

  /** The query parameter of a login sent from a dialog drawn in another page: back to that page. */
  private static final String FROM_DIALOG = "dialog";

  /** How long a page of {@link Variety.Trait#DRAWN_LATE} takes to draw its login dialog. */
  private static final int DIALOG_MILLIS = 600;

  private final Template body = Template.load("replica/login.html");
  private final Template lateLogin = Template.load("replica/late-login.html");
  private final Layout layout;
  private final Texts texts;
  private final Sessions sessions;
  private final PlatformSite site;
  private final boolean slow;

  /**
   * @param slow whether the login form shows only a while after the page (see {@link
   *     Quirk#SLOW_LOGIN})
   */
  LoginPage(Layout layout, Texts texts, Sessions sessions, PlatformSite site, boolean slow) {
    this.layout = layout;
    this.texts = texts;
    this.sessions = sessions;
    this.site = site;
    this.slow = slow;
  }

  /** Where a request for {@code path} is sent while nobody is logged in. */
  String urlReturningTo(String path) {
    return site.loginPath() + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
  }

  Response show(Request request) {
    return Response.html(render(request));
  }

  /**
   * The page at {@code request}'s address as a page that draws itself shows it logged out: its
   * heading at once, a login dialog a moment later, which returns to the same address.
   */
  Response drawnInPage(Request request, String heading, String pageTitle) {
    Language language = request.language();
    String content =
        lateLogin.render(
            Map.of(
                "heading", heading,
                "siteName", site.name(),
                "login", form(language, request.path() + "?" + FROM_DIALOG + "=1"),
                "delay", String.valueOf(DIALOG_MILLIS)));
    return Response.html(layout.render(language, pageTitle, site.name(), content));
  }

  Response logIn(Request request) {
    String identifier = request.field(site.identifierField()).trim();
    if (identifier.isEmpty() || request.field(site.passwordField()).isEmpty()) {
      return Response.html(400, render(request));
    }
    String token = sessions.open(site.platform(), identifier);
    String landing =
        site.landsOnFeed() && !next(request).contains("?" + FROM_DIALOG + "=")
            ? "/"
            : next(request);
    return Response.redirect(landing).withCookie(site.sessionCookie(), token);
  }

  /** Ends the session server-side and clears its cookie, then shows the login gate. */
  Response logOut(Request request) {
    request.cookie(site.sessionCookie()).ifPresent(sessions::close);
    return Response.redirect(site.loginPath()).withoutCookie(site.sessionCookie());
  }

  private String render(Request request) {
    Language language = request.language();
    String content = form(language, next(request));
    return layout.render(
        language, site.name(), site.name(), slow ? ShownLate.wrap(content) : content);
  }

  /** The login form, returning to {@code next} once the person is in. */
  private String form(Language language, String next) {
    return body.render(
        Map.of(
            "heading", texts.get(language, "login.heading"),
            "formId", site.loginFormId(),
            "action", urlReturningTo(next),
            "identifierName", site.identifierField(),
            "identifierPlaceholder",
                texts.get(language, "login.identifier." + site.platform().id()),
            "passwordName", site.passwordField(),
            "passwordPlaceholder", texts.get(language, "login.password"),
            "submit", texts.get(language, "login.submit")));
  }

  /** The {@code next} parameter if it is a path on this site; anything else could lead away. */
  private static String next(Request request) {
    return request
        .query("next")
        .filter(next -> next.startsWith("/") && !next.startsWith("//") && !next.contains("\\"))
        .orElse("/");
  }
}
