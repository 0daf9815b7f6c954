package org.objectionhelper.replica;

import java.util.HashMap;
import java.util.Map;
import org.objectionhelper.basics.Language;
import org.objectionhelper.html.Template;
import org.objectionhelper.web.Response;

/**
 * The third-party-data form (510058597920541), open to everyone, account or not: a question first,
 * then name, e-mail, country, the prompts and a screenshot, posted as {@code multipart/form-data}.
 * Modelled on publicly known descriptions of the real form; see {@code third-party-form.html}.
 */
final class ThirdPartyFormPage {

  static final String FORM_NUMBER = "510058597920541";
  static final String PATH = "/help/contact/" + FORM_NUMBER;
  static final String NAME = "Field2004946549647420";
  static final String EMAIL = "Field1608495039443557";
  static final String COUNTRY = "Field1470958193183720";
  static final String PROMPT = "Field1158742438679051";
  static final String ATTACHMENT = "Field997514268612263";

  private final Template body = Template.load("replica/third-party-form.html");
  private final Layout layout;
  private final Texts texts;

  ThirdPartyFormPage(Layout layout, Texts texts) {
    this.layout = layout;
    this.texts = texts;
  }

  Response show(Request request) {
    Language language = request.language();
    Map<String, String> values = new HashMap<>();
    values.put("heading", texts.get(language, "thirdParty.title"));
    values.put("intro", texts.get(language, "thirdParty.intro"));
    values.put("questionId", Tokens.elementId());
    values.put("question", texts.get(language, "thirdParty.question"));
    values.put("yes", texts.get(language, "thirdParty.yes"));
    values.put("no", texts.get(language, "thirdParty.no"));
    values.put("notThisForm", texts.get(language, "thirdParty.notThisForm"));
    values.put("formId", Tokens.elementId());
    values.put("action", PATH);
    values.put("supportFormId", FORM_NUMBER);
    field(values, "name", NAME, texts.get(language, "thirdParty.name.label"));
    field(values, "email", EMAIL, texts.get(language, "form.email.label"));
    field(values, "country", COUNTRY, texts.get(language, "form.country.label"));
    values.put("countryChoose", texts.get(language, "form.country.choose"));
    values.put("countryOptions", CountryControl.options(language.locale()));
    field(values, "prompt", PROMPT, texts.get(language, "thirdParty.prompt.label"));
    field(values, "attachment", ATTACHMENT, texts.get(language, "thirdParty.attachment.label"));
    values.put("send", texts.get(language, "form.send"));
    String title =
        texts.get(language, "thirdParty.title")
            + " | "
            + texts.get(language, "form.helpCenter.facebook");
    return Response.html(layout.render(language, title, "Facebook", body.render(values)));
  }

  private static void field(Map<String, String> values, String role, String name, String label) {
    values.put(role + "Id", Tokens.elementId());
    values.put(role + "Name", name);
    values.put(role + "Label", label);
  }
}
