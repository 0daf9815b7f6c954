package org.objectionhelper.replica;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.objectionhelper.html.Template;
import org.objectionhelper.profile.Language;
import org.objectionhelper.web.Response;

/**
 * A platform's login gate. Any non-empty identifier and password let the person in; the password is
 * only checked for presence and never kept.
 */
final class LoginPage {

  private final Template body = Template.load("replica/login.html");
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

  Response logIn(Request request) {
    String identifier = request.field(site.identifierField()).trim();
    if (identifier.isEmpty() || request.field(site.passwordField()).isEmpty()) {
      return Response.html(400, render(request));
    }
    String token = sessions.open(site.platform(), identifier);
    String landing = site.landsOnFeed() ? "/" : next(request);
    return Response.redirect(landing).withCookie(site.sessionCookie(), token);
  }

  /** Ends the session server-side and clears its cookie, then shows the login gate. */
  Response logOut(Request request) {
    request.cookie(site.sessionCookie()).ifPresent(sessions::close);
    return Response.redirect(site.loginPath()).withoutCookie(site.sessionCookie());
  }

  private String render(Request request) {
    Language language = request.language();
    String content =
        body.render(
            Map.of(
                "heading", texts.get(language, "login.heading"),
                "formId", site.loginFormId(),
                "action", urlReturningTo(next(request)),
                "identifierName", site.identifierField(),
                "identifierPlaceholder",
                    texts.get(language, "login.identifier." + site.platform().id()),
                "passwordName", site.passwordField(),
                "passwordPlaceholder", texts.get(language, "login.password"),
                "submit", texts.get(language, "login.submit")));
    return layout.render(
        language, site.name(), site.name(), slow ? ShownLate.wrap(content) : content);
  }

  /** The {@code next} parameter if it is a path on this site; anything else could lead away. */
  private static String next(Request request) {
    return request
        .query("next")
        .filter(next -> next.startsWith("/") && !next.startsWith("//") && !next.contains("\\"))
        .orElse("/");
  }
}
