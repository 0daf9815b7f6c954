package org.objectionhelper.guide;

import static org.objectionhelper.html.Template.escape;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.html.Template;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.web.Response;

/**
 * The frame every page of the assistant shares, in the person's language: title, heading, styles,
 * and the one script, where a page checks e-mail addresses as they are typed.
 */
final class PageLayout {
  private static final Template LAYOUT = Template.load("guide/layout.html");

  /** Scripts, styles and requests from the assistant's own server only; no framing. */
  private static final String OWN_ONLY =
      "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; "
          + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private final Messages messages;
  private final UnaryOperator<String> link;

  /**
   * @param link the address of one of the server's routes, with its secret prefix
   */
  PageLayout(Messages messages, UnaryOperator<String> link) {
    this.messages = messages;
    this.link = link;
  }

  /**
   * @param refused whether the page shows answers that were refused, which its title then says
   */
  String page(String heading, String content, boolean refused, boolean checksEmail) {
    String title = (refused ? text("guide.errors.heading") + " " : "") + heading;
    return LAYOUT.render(
        Map.of(
            "lang",
            messages.language().code(),
            "title",
            title + " – " + text("guide.title"),
            "style",
            link("/style.css"),
            "tool",
            text("guide.title"),
            "heading",
            heading,
            "content",
            content,
            "script",
            checksEmail ? "<script src=\"" + escape(link("/check.js")) + "\"></script>" : ""));
  }

  /** A page of the assistant as the server sends it. */
  static Response response(String page) {
    return Response.html(page).withHeader("Content-Security-Policy", OWN_ONLY);
  }

  /** A paragraph of text, escaped. */
  String paragraph(String key, Object... args) {
    return "<p>" + escape(text(key, args)) + "</p>\n";
  }

  String platformName(Platform platform) {
    return messages.platformName(platform);
  }

  String text(String key, Object... args) {
    return messages.text(key, args);
  }

  String link(String route) {
    return link.apply(route);
  }
}
