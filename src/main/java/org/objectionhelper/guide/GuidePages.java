package org.objectionhelper.guide;

import static org.objectionhelper.guide.Markup.button;
import static org.objectionhelper.guide.Markup.fieldset;
import static org.objectionhelper.guide.Markup.form;
import static org.objectionhelper.guide.Markup.input;
import static org.objectionhelper.guide.Markup.radio;
import static org.objectionhelper.html.Template.escape;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectionhelper.basics.Language;
import org.objectionhelper.questions.Choices;
import org.objectionhelper.questions.Questionnaire;

/**
 * The assistant's pages, in the person's language: plain HTML forms that work without scripts; only
 * the e-mail check as you type needs one.
 */
final class GuidePages {
  private static final int QUESTION_PAGES = 4;

  private final PageLayout layout;

  GuidePages(PageLayout layout) {
    this.layout = layout;
  }

  String language(Choices<Language> languages, Language chosen) {
    StringBuilder options = new StringBuilder();
    for (Language language : languages.options()) {
      String name = language == Language.DE ? "Deutsch" : "English";
      options.append(
          radio(
              "language",
              language.code(),
              language == chosen,
              "<span lang=\"" + language.code() + "\">" + name + "</span>"));
    }
    String content =
        form(
            layout.link("/language"),
            fieldset(text("guide.language.legend"), options.toString())
                + button("go", "on", text("guide.next"), true));
    return questionPage("guide.language.heading", 1, content, false);
  }

  /** The explanation's steps as a list; its first line is the page's heading already. */
  String consent(String explanation) {
    StringBuilder steps = new StringBuilder("<ol>\n");
    explanation
        .lines()
        .skip(1)
        .map(line -> line.strip().replaceFirst("^\\d+\\.\\s*", ""))
        .forEach(step -> steps.append("<li>").append(escape(step)).append("</li>\n"));
    steps.append("</ol>\n");
    String content =
        steps
            + form(
                layout.link("/consent"),
                fieldset(
                    text("guide.consent.legend"),
                    button("consent", "yes", text("guide.consent.yes"), true)
                        + button("consent", "no", text("guide.consent.no"), false)));
    return questionPage("guide.consent.heading", 2, content, false);
  }

  String platforms(int platform, int accounts) {
    StringBuilder platforms = new StringBuilder();
    for (int i = 1; i <= Questionnaire.PLATFORMS.options().size(); i++) {
      platforms.append(
          radio("platform", String.valueOf(i), i == platform, text("guide.platforms.option." + i)));
    }
    StringBuilder counts = new StringBuilder();
    for (int count : Questionnaire.ACCOUNTS.options()) {
      counts
          .append("<option")
          .append(count == accounts ? " selected" : "")
          .append(">")
          .append(count)
          .append("</option>");
    }
    String content =
        form(
            layout.link("/platforms"),
            fieldset(text("guide.platforms.legend"), platforms.toString())
                + "<div class=\"field\"><label for=\"accounts\">"
                + escape(text("guide.accounts.label"))
                + "</label>\n<p class=\"hint\" id=\"accounts-hint\">"
                + escape(text("guide.accounts.hint"))
                + "</p>\n<select id=\"accounts\" name=\"accounts\" aria-describedby=\"accounts-hint\">"
                + counts
                + "</select></div>\n"
                + button("go", "on", text("guide.next"), true));
    return questionPage("guide.platforms.heading", 3, content, false);
  }

  String details(Questionnaire questions, DetailsForm form, List<String> sticks) {
    Map<String, String> errors = form.errors();
    StringBuilder emails = new StringBuilder();
    for (int i = 1; i <= form.emails().size(); i++) {
      String name = DetailsForm.emailField(i);
      String label =
          form.emails().size() == 1
              ? text("guide.email.label")
              : text("guide.email.label.numbered", i);
      emails.append(emailInput(name, label, form.emails().get(i - 1), errors.get(name)));
    }
    String folderHint =
        text("guide.folder.hint")
            + (sticks.isEmpty() ? "" : " " + text("guide.folder.stick", sticks.get(0)));
    String content =
        Markup.errorSummary(text("guide.errors.heading"), errors)
            + form(
                layout.link("/details"),
                emails
                    + reasons(questions, form)
                    + input(
                        "text",
                        "folder",
                        text("guide.folder.label"),
                        form.folder(),
                        Optional.of(folderHint),
                        Optional.ofNullable(errors.get("folder")),
                        " autocomplete=\"off\" spellcheck=\"false\"")
                    + button("go", "on", text("guide.submit"), true));
    return questionPage("guide.details.heading", 4, content, !errors.isEmpty());
  }

  /** The e-mail question alone, for another account, with the earlier answers kept. */
  String account(String email, Optional<String> error) {
    String content =
        layout.paragraph("guide.account.text")
            + Markup.errorSummary(
                text("guide.errors.heading"),
                error.map(message -> Map.of("email1", message)).orElse(Map.of()))
            + form(
                layout.link("/account"),
                emailInput("email1", text("guide.email.label"), email, error.orElse(null))
                    + button("go", "on", text("guide.submit"), true));
    return layout.page(text("guide.account.heading"), content, error.isPresent(), true);
  }

  String opening() {
    return layout.page(
        text("guide.opening.heading"), layout.paragraph("guide.opening.text"), false, false);
  }

  String declined() {
    return layout.page(
        text("guide.declined.heading"), layout.paragraph("assist.declined"), false, false);
  }

  String ended() {
    return layout.page(
        text("guide.ended.heading"), layout.paragraph("guide.ended.text"), false, false);
  }

  private String reasons(Questionnaire questions, DetailsForm form) {
    StringBuilder choices = new StringBuilder();
    choices.append(radio("reason", "0", form.reason() == 0, escape(text("guide.reason.none"))));
    List<String> templates = questions.templates();
    for (int i = 1; i <= templates.size(); i++) {
      choices.append(
          radio(
              "reason",
              String.valueOf(i),
              form.reason() == i,
              escape(text("guide.reason.template", i))
                  + "<span class=\"template\">"
                  + escape(templates.get(i - 1).strip())
                  + "</span>"));
    }
    int own = questions.ownWords();
    choices.append(
        radio(
            "reason", String.valueOf(own), form.reason() == own, escape(text("guide.reason.own"))));
    choices.append(
        input(
            "textarea",
            "ownWords",
            text("guide.reason.own.label"),
            form.ownWords(),
            Optional.empty(),
            Optional.ofNullable(form.errors().get("ownWords")),
            ""));
    return fieldset(text("guide.reason.legend"), choices.toString());
  }

  private String emailInput(String name, String label, String value, String error) {
    return input(
        "email",
        name,
        label,
        value,
        Optional.of(text("guide.email.hint")),
        Optional.ofNullable(error),
        " autocomplete=\"email\" spellcheck=\"false\" data-check=\""
            + escape(layout.link("/check-email"))
            + "\"");
  }

  private String questionPage(String headingKey, int step, String content, boolean refused) {
    String heading = text("guide.step", text(headingKey), step, QUESTION_PAGES);
    return layout.page(heading, content, refused, step == QUESTION_PAGES);
  }

  private String text(String key, Object... args) {
    return layout.text(key, args);
  }
}
