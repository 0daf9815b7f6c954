package org.objectionhelper.replica;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.objectionhelper.profile.Language;

/**
 * The objection form of one platform, shown to a logged-in person.
 *
 * <p>Modelled on publicly known descriptions of Meta's real 2024/2025 forms (consumer guides,
 * press, user reports): the live forms sit behind a login, so labels and texts are those known to
 * have appeared, and the markup imitates their traits (generated ids, atomic CSS classes, hidden
 * {@code jazoest}/{@code lsd}/{@code support_form_id} tokens, {@code Field<digits>} names).
 */
final class ReplicaFormPage {

  static final String SUBMIT_PATH = "/ajax/help/contact/submit/page";
  static final String COUNTRY = "Field1527493470879421";
  static final String EMAIL = "Field1230011437108436";
  static final String REASON = "Field1497640897150929";

  private final Template body = Template.load("form.html");
  private final Layout layout;
  private final Texts texts;
  private final Sessions sessions;
  private final boolean signedIn;
  private final PlatformSite site;
  private final LoginPage login;

  ReplicaFormPage(
      Layout layout, Texts texts, Sessions sessions, PlatformSite site, LoginPage login, boolean signedIn) {
    this.layout = layout;
    this.texts = texts;
    this.sessions = sessions;
    this.site = site;
    this.login = login;
    this.signedIn = signedIn;
  }

  Response show(Request request) {
    return request
        .cookie(site.sessionCookie())
        .flatMap(token -> sessions.find(site.platform(), token))
        .map(session -> Response.html(render(request.language(), session)))
        .orElseGet(this::signInOrAskToLogIn);
  }

  private Response signInOrAskToLogIn() {
    if (!signedIn) {
      return Response.redirect(login.urlReturningTo(site.formPath()));
    }
    String token = sessions.open(site.platform(), "");
    return Response.redirect(site.formPath()).withSessionCookie(site.sessionCookie(), token);
  }

  private String render(Language language, Sessions.Session session) {
    String title = texts.get(language, "form.title");
    String lsd = session.issueLsd(language);
    Map<String, String> values = new HashMap<>();
    values.put("heading", title);
    values.put("intro", texts.get(language, "form.intro"));
    values.put("formId", Tokens.elementId());
    values.put("action", SUBMIT_PATH + "?platform=" + site.platform().id());
    values.put("jazoest", jazoest(lsd));
    values.put("lsd", lsd);
    values.put("supportFormId", site.formNumber());
    values.put("countryId", Tokens.elementId());
    values.put("countryName", COUNTRY);
    values.put("countryLabel", texts.get(language, "form.country.label"));
    values.put("countryChoose", texts.get(language, "form.country.choose"));
    values.put("countryOptions", countryOptions(language.locale()));
    values.put("emailId", Tokens.elementId());
    values.put("emailName", EMAIL);
    values.put("emailLabel", texts.get(language, "form.email.label"));
    values.put("email", session.accountEmail());
    values.put("reasonId", Tokens.elementId());
    values.put("reasonName", REASON);
    values.put("reasonLabel", texts.get(language, "form.reason.label"));
    values.put("send", texts.get(language, "form.send"));
    values.put("error", texts.get(language, "form.error"));
    values.put("confirmationHeading", texts.get(language, "confirmation.heading"));
    values.put("confirmationText", texts.get(language, "confirmation.text"));
    values.put("confirmationClose", texts.get(language, "confirmation.close"));
    String pageTitle =
        title + " | " + texts.get(language, "form.helpCenter." + site.platform().id());
    return layout.render(language, pageTitle, site.name(), body.render(values));
  }

  /** Every ISO country, named and sorted in the page's language. */
  static String countryOptions(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> Map.entry(code, new Locale("", code).getDisplayCountry(locale)))
        .sorted(Comparator.comparing(Map.Entry::getValue, collator))
        .map(
            country ->
                "    <option value=\""
                    + Template.escape(country.getKey())
                    + "\">"
                    + Template.escape(country.getValue())
                    + "</option>")
        .collect(Collectors.joining("\n"));
  }

  /** Meta's checksum of the lsd token: "2" followed by the sum of its character codes. */
  private static String jazoest(String lsd) {
    return "2" + lsd.chars().sum();
  }
}
