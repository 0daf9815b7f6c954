package org.objectionhelper.guide;

import static org.objectionhelper.html.Template.escape;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pieces the assistant's pages are made of, each with its label, its hint and its error tied to
 * it ({@code aria-describedby}), every value escaped.
 */
final class Markup {
  private Markup() {}

  /** A radio button and its label; {@code labelHtml} is markup the caller built safely. */
  static String radio(String name, String value, boolean checked, String labelHtml) {
    String id = name + "-" + value;
    return "<div class=\"choice\"><input type=\"radio\" name=\""
        + escape(name)
        + "\" id=\""
        + escape(id)
        + "\" value=\""
        + escape(value)
        + "\""
        + (checked ? " checked" : "")
        + "><label for=\""
        + escape(id)
        + "\">"
        + labelHtml
        + "</label></div>\n";
  }

  /** A group of choices under its question. */
  static String fieldset(String legend, String inside) {
    return "<fieldset><legend>" + escape(legend) + "</legend>\n" + inside + "</fieldset>\n";
  }

  /**
   * A labelled input ({@code type} text or email, or {@code textarea}) with its hint and an error
   * slot, filled where the last answer was refused; {@code extra} are more attributes, built
   * safely.
   */
  static String input(
      String type,
      String name,
      String label,
      String value,
      Optional<String> hint,
      Optional<String> error,
      String extra) {
    String described = (hint.isPresent() ? name + "-hint " : "") + name + "-error";
    String attributes =
        " id=\""
            + escape(name)
            + "\" name=\""
            + escape(name)
            + "\" aria-describedby=\""
            + described
            + "\""
            + (error.isPresent() ? " aria-invalid=\"true\"" : "")
            + extra;
    String control =
        type.equals("textarea")
            ? "<textarea" + attributes + ">" + escape(value) + "</textarea>"
            : "<input type=\"" + type + "\"" + attributes + " value=\"" + escape(value) + "\">";
    return "<div class=\"field\"><label for=\""
        + escape(name)
        + "\">"
        + escape(label)
        + "</label>\n"
        + hint.map(text -> "<p class=\"hint\" id=\"" + name + "-hint\">" + escape(text) + "</p>\n")
            .orElse("")
        + control
        + "\n<p class=\"error\" id=\""
        + escape(name)
        + "-error\" aria-live=\"polite\">"
        + escape(error.orElse(""))
        + "</p></div>\n";
  }

  /** A list of what to put right, each linking to its field; empty where nothing was refused. */
  static String errorSummary(String heading, Map<String, String> errors) {
    if (errors.isEmpty()) {
      return "";
    }
    StringBuilder items = new StringBuilder();
    errors.forEach(
        (field, message) ->
            items
                .append("<li><a href=\"#")
                .append(escape(field))
                .append("\">")
                .append(escape(message))
                .append("</a></li>\n"));
    return "<div class=\"summary\" role=\"alert\"><h2>"
        + escape(heading)
        + "</h2><ul>\n"
        + items
        + "</ul></div>\n";
  }

  /** A form that posts to {@code action}, with {@code inside} and its buttons. */
  static String form(String action, String inside) {
    return "<form method=\"post\" action=\"" + escape(action) + "\">\n" + inside + "</form>\n";
  }

  static String button(String name, String value, String text, boolean primary) {
    return "<button type=\"submit\" name=\""
        + escape(name)
        + "\" value=\""
        + escape(value)
        + "\""
        + (primary ? "" : " class=\"secondary\"")
        + ">"
        + escape(text)
        + "</button>\n";
  }

  static String paragraphs(List<String> texts, String cssClass) {
    StringBuilder out = new StringBuilder();
    for (String text : texts) {
      out.append("<p class=\"")
          .append(cssClass)
          .append("\">")
          .append(escape(text))
          .append("</p>\n");
    }
    return out.toString();
  }
}
