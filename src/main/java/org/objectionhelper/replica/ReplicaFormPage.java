package org.objectionhelper.replica;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.objectionhelper.basics.Language;
import org.objectionhelper.html.Template;
import org.objectionhelper.web.Response;

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

  /**
   * The query parameter that asks for the form itself, as the iframe of {@link Quirk#IN_IFRAME}
   * does.
   */
  private static final String EMBEDDED = "embedded";

  /** When a page that draws itself draws the first of its fields, and then each next one. */
  private static final int FIRST_FIELD_MILLIS = 300;

  private static final int NEXT_FIELD_MILLIS = 250;

  /** The query parameter the question before the form sends its answer in. */
  private static final String QUESTION = "ai";

  private final Template body = Template.load("replica/form.html");
  private final Template question = Template.load("replica/question.html");
  private final Template cookieDialog = Template.load("replica/cookie-dialog.html");
  private final Template iframe = Template.load("replica/iframe.html");
  private final Template lateFields = Template.load("replica/late-fields.html");
  private final Layout layout;
  private final Texts texts;
  private final Sessions sessions;
  private final boolean signedIn;
  private final PlatformSite site;
  private final LoginPage login;
  private final LoginPage loginElsewhere;
  private final Set<Quirk> quirks;
  private final Optional<Hostility> hostility;
  private final Template hostile = Template.load("replica/hostile.js");
  private final FieldNames names;
  private final Supplier<Variety> variety;

  ReplicaFormPage(
      Layout layout,
      Texts texts,
      Sessions sessions,
      PlatformSite site,
      LoginPage login,
      LoginPage loginElsewhere,
      Set<Quirk> quirks,
      Optional<Hostility> hostility,
      Supplier<Variety> variety,
      boolean signedIn) {
    this.hostility = hostility;
    this.layout = layout;
    this.texts = texts;
    this.sessions = sessions;
    this.site = site;
    this.login = login;
    this.loginElsewhere = loginElsewhere;
    this.variety = variety;
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
        .map(session -> Response.html(questionOrForm(request, session)))
        .orElseGet(() -> signInOrAskToLogIn(request));
  }

  /** With {@link Variety#questionFirst}, the question shows until it is answered "yes". */
  private String questionOrForm(Request request, Sessions.Session session) {
    Language language = request.language();
    if (variety.get().questionFirst()
        && !request.query(QUESTION).filter("yes"::equals).isPresent()) {
      String content =
          question.render(
              Map.of(
                  "action", request.path(),
                  "name", QUESTION,
                  "question", texts.get(language, "thirdParty.question"),
                  "yes", texts.get(language, "thirdParty.yes"),
                  "no", texts.get(language, "thirdParty.no"),
                  "continue", texts.get(language, "question.continue")));
      return layout.render(
          language,
          texts.get(language, "form.helpCenter." + site.platform().id()),
          site.name(),
          content);
    }
    return render(language, session, request.query(EMBEDDED).isPresent());
  }

  /**
   * The login gate returns to the address asked for: the form has several. A page that draws itself
   * draws its login as a dialog, at the same address.
   */
  private Response signInOrAskToLogIn(Request request) {
    String address = request.path();
    if (!signedIn && variety.get().drawnLate()) {
      Language language = request.language();
      return login.drawnInPage(request, texts.get(language, "form.title"), pageTitle(language));
    }
    if (!signedIn) {
      LoginPage gate = variety.get().loginElsewhere() ? loginElsewhere : login;
      return Response.redirect(gate.urlReturningTo(address));
    }
    String token = sessions.open(site.platform(), "");
    return Response.redirect(address).withCookie(site.sessionCookie(), token);
  }

  private String render(Language language, Sessions.Session session, boolean embedded) {
    String title = texts.get(language, "form.title");
    String content =
        quirks.contains(Quirk.IN_IFRAME) && !embedded
            ? iframe.render(Map.of("src", site.formPath() + "?" + EMBEDDED + "=1", "title", title))
            : form(language, session, title);
    if (quirks.contains(Quirk.SLOW) && !embedded) {
      content = ShownLate.wrap(content);
    }
    if (quirks.contains(Quirk.MOVES_ON_FOCUS)) {
      content +=
          "<script>document.addEventListener('focusin', e => { if (e.target.tagName === 'TEXTAREA') location.reload(); });</script>";
    }
    if (quirks.contains(Quirk.STEALS_FOCUS)) {
      content +=
          "<iframe id=\"thief\" title=\"thief\" srcdoc=\"<input id=sink>\"></iframe>"
              + "<script>document.addEventListener('focusin', e => { if (e.target.tagName === 'TEXTAREA')"
              + " document.getElementById('thief').contentDocument.getElementById('sink').focus(); });</script>";
    }
    if (hostility.isPresent()) {
      content +=
          "<script>"
              + hostile.render(
                  Map.of(
                      "attack",
                      hostility.get().name(),
                      "foreignPath",
                      Hostility.FOREIGN_CONFIRMATION_PATH))
              + "</script>";
    }
    if (quirks.contains(Quirk.COOKIE_DIALOG) && !embedded) {
      content += cookieDialog.render(texts.all(language, "cookies."));
    }
    if (variety.get().drawnLate() && !embedded) {
      content +=
          lateFields.render(
              Map.of(
                  "first",
                  String.valueOf(FIRST_FIELD_MILLIS),
                  "every",
                  String.valueOf(NEXT_FIELD_MILLIS)));
    }
    return layout.render(language, pageTitle(language), site.name(), content);
  }

  /** The form page's title, as the browser's tab shows it. */
  private String pageTitle(Language language) {
    return texts.get(language, "form.title")
        + " | "
        + texts.get(language, "form.helpCenter." + site.platform().id());
  }

  private String form(Language language, Sessions.Session session, String title) {
    Variety looks = variety.get();
    FieldNames names = looks.generatedNames() ? FieldNames.generated() : this.names;
    String lsd = session.issueLsd(language, names);
    Map<String, String> values = new HashMap<>();
    values.put("heading", title);
    values.put("intro", texts.get(language, "form.intro"));
    values.put("formId", Tokens.elementId());
    values.put(
        "action",
        SUBMIT_PATH
            + "?platform="
            + site.platform().id()
            + (variety.get().confirmation() == Variety.ConfirmationStyle.NEW_PAGE
                ? "&" + SubmitEndpoint.AS_PAGE + "=1"
                : "")
            + (looks.form2024() ? "&" + SubmitEndpoint.WITH_CODE + "=1" : ""));
    values.put("jazoest", jazoest(lsd));
    values.put("lsd", lsd);
    values.put("supportFormId", site.formNumber());
    values.put("fields", fields(language, session, looks, names));
    values.put("sendControl", sendControl(looks.send(), texts.get(language, "form.send")));
    values.put("confirmation", looks.confirmation().name());
    values.put("emailName", names.email());
    values.put("changesEmail", String.valueOf(quirks.contains(Quirk.CHANGES_EMAIL_AFTER_FILL)));
    values.put("sentByScript", String.valueOf(looks.sentByScript()));
    values.put("error", texts.get(language, "form.error"));
    values.put("confirmationHeading", texts.get(language, "confirmation.heading"));
    values.put("confirmationText", texts.get(language, "confirmation.text"));
    values.put("unrecognisedText", texts.get(language, "confirmation.unrecognised"));
    values.put("confirmationClose", texts.get(language, "confirmation.close"));
    values.put("codeStep", String.valueOf(looks.form2024()));
    values.put("codePath", SubmitEndpoint.CODE_PATH + "?platform=" + site.platform().id());
    values.put("codeHeading", texts.get(language, "thirdParty.code.heading"));
    values.put("codeText", texts.get(language, "thirdParty.code.text"));
    values.put("codeId", Tokens.elementId());
    values.put("codeLabel", texts.get(language, "thirdParty.code.label"));
    values.put("codeConfirm", texts.get(language, "thirdParty.code.confirm"));
    values.put("codeWrong", texts.get(language, "form.code.wrong"));
    values.put("tooShort", texts.get(language, "form.reason.short"));
    return body.render(values);
  }

  private String fields(
      Language language, Sessions.Session session, Variety looks, FieldNames names) {
    FieldMarkup markup = new FieldMarkup(looks.labels(), names.labelClass());
    String control = names.controlClass();
    String country =
        new CountryControl(markup, control, names.country(), language, texts)
            .render(looks.country(), label(language, "country", looks));
    String emailId = Tokens.elementId();
    String type = looks.email() == Variety.EmailInput.EMAIL ? "email" : "text";
    // A text input for the address says what it holds the way such pages do, by autocomplete.
    String readOnly =
        (looks.readOnlyEmail() ? " readonly" : "")
            + (type.equals("text") ? " autocomplete=\"email\"" : "");
    String email =
        markup.labelled(
            emailId,
            label(language, "email", looks),
            attributes ->
                "<input class=\""
                    + control
                    + "\" type=\""
                    + type
                    + "\" id=\""
                    + emailId
                    + "\" name=\""
                    + names.email()
                    + "\" value=\""
                    + Template.escape(session.accountEmail())
                    + "\" required"
                    + readOnly
                    + attributes
                    + ">");
    if (looks.secondEmailField()) {
      String confirmId = Tokens.elementId();
      email +=
          markup.labelled(
              confirmId,
              texts.get(language, "form.email.confirm"),
              attributes ->
                  "<input class=\""
                      + control
                      + "\" type=\""
                      + type
                      + "\" id=\""
                      + confirmId
                      + "\" name=\""
                      + names.email()
                      + "_confirm\" value=\"\""
                      + readOnly
                      + attributes
                      + ">");
    }
    String limit =
        quirks.contains(Quirk.LIMITS_REASON) ? " maxlength=\"" + Quirk.REASON_LIMIT + "\"" : "";
    String reasonId = Tokens.elementId();
    String reason =
        markup.labelled(
            reasonId,
            label(language, "reason", looks),
            attributes ->
                "<textarea class=\""
                    + control
                    + "\" id=\""
                    + reasonId
                    + "\" name=\""
                    + names.reason()
                    + "\" rows=\"6\""
                    + limit
                    + attributes
                    + "></textarea>");
    if (looks.form2024()) {
      reason = withMinimum(reason, reasonId);
    }
    List<String> inOrder =
        quirks.contains(Quirk.REORDERED)
            ? List.of(reason, email, country)
            : List.of(country, email, reason);
    return String.join("", inOrder);
  }

  /**
   * The 2024 form's reason: at least {@link Variety#REASON_MINIMUM} characters, with a counter
   * beside it that the page's script keeps up to date.
   */
  private static String withMinimum(String reason, String reasonId) {
    String counterId = Tokens.elementId();
    return reason.replace(
            "<textarea ",
            "<textarea minlength=\""
                + Variety.REASON_MINIMUM
                + "\" required aria-describedby=\""
                + counterId
                + "\" ")
        + "\n  <span id=\""
        + counterId
        + "\" data-replica=\"counter\" data-for=\""
        + reasonId
        + "\" aria-live=\"polite\">0 / "
        + Variety.REASON_MINIMUM
        + "</span>";
  }

  private String label(Language language, String role, Variety looks) {
    boolean reworded = quirks.contains(Quirk.REWORDED_LABELS) || looks.rewordedLabels();
    return texts.get(language, "form." + role + ".label" + (reworded ? ".reworded" : ""));
  }

  private static String sendControl(Variety.SendControl kind, String word) {
    String text = Template.escape(word);
    String classes = "x1i10hfl xjbqb8w x1ypdohk xt0psk2";
    return switch (kind) {
      case BUTTON -> "<button type=\"submit\" class=\"" + classes + "\">" + text + "</button>";
      case INPUT ->
          "<input type=\"submit\" class=\""
              + classes
              + "\" data-replica=\"send\" value=\""
              + text
              + "\">";
      case DIV_ROLE_BUTTON ->
          "<div role=\"button\" tabindex=\"0\" class=\""
              + classes
              + "\" data-replica=\"send\">"
              + text
              + "</div>";
      case SPAN ->
          "<span class=\""
              + classes
              + "\" style=\"display:inline-block\" data-replica=\"send\">"
              + text
              + "</span>";
    };
  }

  /** Meta's checksum of the lsd token: "2" followed by the sum of its character codes. */
  private static String jazoest(String lsd) {
    return "2" + lsd.chars().sum();
  }
}
