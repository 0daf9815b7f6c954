package org.objectionhelper.replica;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.objectionhelper.basics.Language;
import org.objectionhelper.html.Template;
import org.objectionhelper.web.Response;

/**
 * The Support Inbox of a platform, where Meta confirms an objection with a message of its own ("Wir
 * werden deinen Widerspruch berücksichtigen"), as German users reported it: for a logged-in person
 * whose objection arrived, a list with Meta's message, which opens on a page of its own ({@value
 * #MESSAGE}). Nobody logged in is sent to the login gate first.
 */
final class SupportInboxPage {
  /** Facebook's inbox, as consumer guides name its address. */
  static final String PATH = "/support/";

  /** The query parameter that opens a message, and the one message's id. */
  private static final String MESSAGE = "message";

  private static final String OBJECTION = "ai-objection";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Template list = Template.load("replica/support-inbox.html");
  private final Template message = Template.load("replica/support-message.html");
  private final Layout layout;
  private final Texts texts;
  private final Sessions sessions;
  private final PlatformSite site;
  private final LoginPage login;

  SupportInboxPage(
      Layout layout, Texts texts, Sessions sessions, PlatformSite site, LoginPage login) {
    this.layout = layout;
    this.texts = texts;
    this.sessions = sessions;
    this.site = site;
    this.login = login;
  }

  Response show(Request request) {
    return request
        .cookie(site.sessionCookie())
        .flatMap(token -> sessions.find(site.platform(), token))
        .map(session -> Response.html(page(request, sessions.objection(session))))
        .orElseGet(() -> Response.redirect(login.urlReturningTo(PATH)));
  }

  private String page(Request request, Optional<Instant> objection) {
    Language language = request.language();
    String heading = texts.get(language, "inbox.heading");
    boolean open =
        objection.isPresent() && request.query(MESSAGE).filter(OBJECTION::equals).isPresent();
    String content = open ? message(language, objection.get()) : list(language, objection);
    return layout.render(language, heading, site.name(), content);
  }

  private String list(Language language, Optional<Instant> objection) {
    String item =
        objection
            .map(
                arrived ->
                    "<li><a data-replica=\"inbox-message\" href=\""
                        + PATH
                        + "?"
                        + MESSAGE
                        + "="
                        + OBJECTION
                        + "\">"
                        + Template.escape(texts.get(language, "inbox.subject"))
                        + "</a> · "
                        + DATE.format(arrived)
                        + "</li>")
            .orElse("");
    return list.render(
        Map.of(
            "heading",
            texts.get(language, "inbox.heading"),
            "messages",
            item,
            "empty",
            objection.isPresent() ? "" : texts.get(language, "inbox.empty")));
  }

  private String message(Language language, Instant arrived) {
    return message.render(
        Map.of(
            "heading", texts.get(language, "inbox.heading"),
            "subject", texts.get(language, "inbox.subject"),
            "from", texts.get(language, "inbox.from"),
            "date", DATE.format(arrived),
            "body", texts.get(language, "inbox.body"),
            "back", PATH,
            "backText", texts.get(language, "inbox.back")));
  }
}
