package org.objectionhelper.replica;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.objectionhelper.html.Template;
import org.objectionhelper.profile.Language;

/**
 * The objection form of one platform, shown to a logged-in person.
 *
 * <p>Modelled on publicly known descriptions of Meta's real 2024/2025 forms (consumer guides,
 * press, user reports): the live forms sit behind a login, so labels and texts are those known to
 * have appeared, and the markup imitates their traits (generated ids, atomic CSS classes, hidden
 * {@code jazoest}/{@code lsd}/{@code support_form_id} tokens, {@code Field<digits>} names). The
 * {@link Quirk}s switched on change it the ways Meta's page is known to change.
 */
final class ReplicaFormPage {

  static final String SUBMIT_PATH = "/ajax/help/contact/submit/page";
  /** The query parameter that asks for the form itself, as the iframe of {@link Quirk#IN_IFRAME} does. */
  private static final String EMBEDDED = "embedded";

  private final Template body = Template.load("replica/form.html");
  private final Template countryField = Template.load("replica/field-country.html");
  private final Template emailField = Template.load("replica/field-email.html");
  private final Template reasonField = Template.load("replica/field-reason.html");
  private final Template cookieDialog = Template.load("replica/cookie-dialog.html");
  private final Template iframe = Template.load("replica/iframe.html");
  private final Layout layout;
  private final Texts texts;
  private final Sessions sessions;
  private final boolean signedIn;
  private final PlatformSite site;
  private final LoginPage login;
  private final Set<Quirk> quirks;
  private final FieldNames names;

  ReplicaFormPage(
      Layout layout,
      Texts texts,
      Sessions sessions,
      PlatformSite site,
      LoginPage login,
      Set<Quirk> quirks,
      boolean signedIn) {
    this.layout = layout;
    this.texts = texts;
    this.sessions = sessions;
    this.site = site;
    this.login = login;
    this.signedIn = signedIn;
    this.quirks = Set.copyOf(quirks);
    this.names = fieldNames(quirks);
  }

  static FieldNames fieldNames(Set<Quirk> quirks) {
    return quirks.contains(Quirk.RENAMED_FIELDS) ? FieldNames.RENAMED : FieldNames.STANDARD;
  }

  Response show(Request request) {
    return request
        .cookie(site.sessionCookie())
        .flatMap(token -> sessions.find(site.platform(), token))
        .map(session -> Response.html(render(request.language(), session, request.query(EMBEDDED).isPresent())))
        .orElseGet(this::signInOrAskToLogIn);
  }

  private Response signInOrAskToLogIn() {
    if (!signedIn) {
      return Response.redirect(login.urlReturningTo(site.formPath()));
    }
    String token = sessions.open(site.platform(), "");
    return Response.redirect(site.formPath()).withSessionCookie(site.sessionCookie(), token);
  }

  private String render(Language language, Sessions.Session session, boolean embedded) {
    String title = texts.get(language, "form.title");
    String pageTitle = title + " | " + texts.get(language, "form.helpCenter." + site.platform().id());
    String content =
        quirks.contains(Quirk.IN_IFRAME) && !embedded
            ? iframe.render(Map.of("src", site.formPath() + "?" + EMBEDDED + "=1", "title", title))
            : form(language, session, title);
    if (quirks.contains(Quirk.SLOW) && !embedded) {
      content = ShownLate.wrap(content);
    }
    if (quirks.contains(Quirk.MOVES_ON_FOCUS)) {
      content += "<script>document.addEventListener('focusin', e => { if (e.target.tagName === 'TEXTAREA') location.reload(); });</script>";
    }
    if (quirks.contains(Quirk.STEALS_FOCUS)) {
      content +=
          "<iframe id=\"thief\" title=\"thief\" srcdoc=\"<input id=sink>\"></iframe>"
              + "<script>document.addEventListener('focusin', e => { if (e.target.tagName === 'TEXTAREA')"
              + " document.getElementById('thief').contentDocument.getElementById('sink').focus(); });</script>";
    }
    if (quirks.contains(Quirk.COOKIE_DIALOG) && !embedded) {
      content += cookieDialog.render(texts.all(language, "cookies."));
    }
    return layout.render(language, pageTitle, site.name(), content);
  }

  private String form(Language language, Sessions.Session session, String title) {
    String lsd = session.issueLsd(language);
    Map<String, String> values = new HashMap<>();
    values.put("heading", title);
    values.put("intro", texts.get(language, "form.intro"));
    values.put("formId", Tokens.elementId());
    values.put("action", SUBMIT_PATH + "?platform=" + site.platform().id());
    values.put("jazoest", jazoest(lsd));
    values.put("lsd", lsd);
    values.put("supportFormId", site.formNumber());
    values.put("fields", fields(language, session));
    values.put("send", texts.get(language, "form.send"));
    values.put("error", texts.get(language, "form.error"));
    values.put("confirmationHeading", texts.get(language, "confirmation.heading"));
    values.put("confirmationText", texts.get(language, "confirmation.text"));
    values.put("confirmationClose", texts.get(language, "confirmation.close"));
    return body.render(values);
  }

  private String fields(Language language, Sessions.Session session) {
    String country =
        countryField.render(
            field(language, "country", names.country(), Map.of(
                "choose", texts.get(language, "form.country.choose"),
                "options", countryOptions(language.locale()))));
    String email = emailField.render(field(language, "email", names.email(), Map.of("email", session.accountEmail())));
    String limit = quirks.contains(Quirk.LIMITS_REASON) ? " maxlength=\"" + Quirk.REASON_LIMIT + "\"" : "";
    String reason = reasonField.render(field(language, "reason", names.reason(), Map.of("limit", limit)));
    List<String> inOrder = quirks.contains(Quirk.REORDERED) ? List.of(reason, email, country) : List.of(country, email, reason);
    return String.join("", inOrder);
  }

  private Map<String, String> field(Language language, String role, String name, Map<String, String> more) {
    String labelKey = "form." + role + ".label" + (quirks.contains(Quirk.RELABELLED) ? ".reworded" : "");
    Map<String, String> values = new HashMap<>(more);
    values.put("id", Tokens.elementId());
    values.put("name", name);
    values.put("label", texts.get(language, labelKey));
    values.put("labelClass", names.labelClass());
    values.put("controlClass", names.controlClass());
    return values;
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
