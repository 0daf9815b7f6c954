package org.objectionhelper.guide;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.ReasonTemplates;
import org.objectionhelper.questions.Answers;
import org.objectionhelper.questions.Choices;
import org.objectionhelper.questions.EvidenceRoot;
import org.objectionhelper.questions.Questionnaire;
import org.objectionhelper.questions.Rejected;
import org.objectionhelper.web.Request;
import org.objectionhelper.web.Response;
import org.objectionhelper.web.Routes;

/**
 * The assistant's pages as a small site: what each address shows, and what each answer does. The
 * server's threads call it; the run waits on {@link #answers} and {@link #next}.
 */
final class GuideSite {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReasonTemplates templates;
  private final UsbSticks sticks;
  private final EndSite end;
  private Language language;
  private Questionnaire questions;
  private String consent;
  private int platform = Questionnaire.PLATFORMS.byDefault();
  private int accounts = Questionnaire.ACCOUNTS.byDefault();
  private DetailsForm details;
  private Answers answered;
  private CompletableFuture<Optional<Answers>> answers = new CompletableFuture<>();

  GuideSite(ReasonTemplates templates, UsbSticks sticks, FolderOpener opener, Language language) {
    this.templates = templates;
    this.sticks = sticks;
    this.end = new EndSite(opener, this::layout);
    choose(language);
  }

  Routes routes() {
    return end.addTo(new Routes())
        .get("/", request -> html(pages(request).language(languages(), language())))
        .post("/language", this::language)
        .get("/consent", request -> html(pages(request).consent(questions().explanation())))
        .post("/consent", this::consent)
        .get("/platforms", request -> html(platformsPage(request)))
        .post("/platforms", this::platforms)
        .get("/details", request -> html(detailsPage(request)))
        .post("/details", this::details)
        .post("/check-email", this::checkEmail)
        .get("/account", request -> html(pages(request).account("", Optional.empty())))
        .post("/account", this::account)
        .get("/style.css", request -> resource("style.css", "text/css; charset=utf-8"))
        .get("/check.js", request -> resource("check.js", "text/javascript; charset=utf-8"));
  }

  /** The person's answers once they sent the last question; empty where they declined. */
  synchronized CompletableFuture<Optional<Answers>> answers() {
    return answers;
  }

  EndSite end() {
    return end;
  }

  synchronized Language language() {
    return language;
  }

  /** The same answers for another account, whose address the account page asks. */
  synchronized void askForAnotherAccount() {
    answers = new CompletableFuture<>();
  }

  private synchronized void choose(Language chosen) {
    language = chosen;
    questions = new Questionnaire(Messages.of(chosen), templates, sticks.suggestedFolder());
  }

  private synchronized Questionnaire questions() {
    return questions;
  }

  private static Choices<Language> languages() {
    return Questionnaire.languages(Locale.getDefault());
  }

  private PageLayout layout(Request request) {
    return new PageLayout(questions().messages(), request::linkTo);
  }

  private GuidePages pages(Request request) {
    return new GuidePages(layout(request));
  }

  private Response language(Request request) {
    try {
      choose(Language.fromCode(request.field("language")));
    } catch (IllegalArgumentException notOffered) {
      return Response.redirect("/");
    }
    return Response.redirect("/consent");
  }

  private Response consent(Request request) {
    if (!request.field("consent").equals("yes")) {
      answers().complete(Optional.empty());
      return html(pages(request).declined());
    }
    synchronized (this) {
      consent = questions.consentRecord();
    }
    return Response.redirect("/platforms");
  }

  private synchronized String platformsPage(Request request) {
    return pages(request).platforms(platform, accounts);
  }

  private Response platforms(Request request) {
    try {
      int chosenPlatform = Integer.parseInt(request.field("platform"));
      int chosenAccounts = Integer.parseInt(request.field("accounts"));
      Questionnaire.PLATFORMS.option(chosenPlatform);
      Questionnaire.ACCOUNTS.option(chosenAccounts);
      synchronized (this) {
        platform = chosenPlatform;
        accounts = chosenAccounts;
      }
      return Response.redirect("/details");
    } catch (NumberFormatException | Rejected notOffered) {
      return Response.redirect("/platforms");
    }
  }

  private synchronized String detailsPage(Request request) {
    if (details == null || details.emails().size() != accounts) {
      details =
          new DetailsForm(
              Collections.nCopies(accounts, ""),
              0,
              "",
              questions.suggestedFolder().toString(),
              Map.of());
    }
    return pages(request).details(questions, details, stickNames());
  }

  private Response details(Request request) {
    Questionnaire asked = questions();
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> typed = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    for (int i = 1; i <= accountsChosen(); i++) {
      String field = DetailsForm.emailField(i);
      typed.add(request.field(field));
      checked(errors, field, () -> asked.email(request.field(field))).ifPresent(emails::add);
    }
    int reasonChoice = number(request.field("reason"));
    Optional<Optional<String>> reason =
        checked(errors, "ownWords", () -> asked.reason(reasonChoice, request.field("ownWords")));
    Optional<EvidenceRoot> folder =
        checked(errors, "folder", () -> asked.folder(request.field("folder")));
    DetailsForm form =
        new DetailsForm(
            typed, reasonChoice, request.field("ownWords"), request.field("folder"), errors);
    synchronized (this) {
      details = form;
    }
    if (!errors.isEmpty()) {
      return html(pages(request).details(asked, form, stickNames()));
    }
    Answers all = answersFor(emails, reason.orElseThrow(), folder.orElseThrow());
    synchronized (this) {
      answered = all;
    }
    answers().complete(Optional.of(all));
    return html(pages(request).opening());
  }

  private List<String> stickNames() {
    return sticks.mounted().stream().map(Path::toString).toList();
  }

  private synchronized int accountsChosen() {
    return accounts;
  }

  private synchronized Answers answersFor(
      List<String> emails, Optional<String> reason, EvidenceRoot folder) {
    List<Platform> platforms = Questionnaire.PLATFORMS.option(platform);
    ObjectionRequest request =
        new ObjectionRequest(emails.get(0), Optional.empty(), reason).withConsent(consent);
    return new Answers(platforms, request, folder, emails);
  }

  private Response account(Request request) {
    try {
      String email = questions().email(request.field("email1"));
      Answers before;
      synchronized (this) {
        before = answered;
      }
      Answers again =
          new Answers(
              before.platforms(),
              before.request().forAccount(email),
              before.evidenceRoot(),
              List.of(email));
      answers().complete(Optional.of(again));
      return html(pages(request).opening());
    } catch (Rejected typo) {
      return html(pages(request).account(request.field("email1"), Optional.of(message(typo))));
    }
  }

  private Response checkEmail(Request request) {
    String typed = request.field("email");
    String message = "";
    if (!typed.isBlank()) {
      try {
        questions().email(typed);
      } catch (Rejected typo) {
        message = message(typo);
      }
    }
    try {
      return Response.json(200, JSON.writeValueAsString(Map.of("message", message)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String message(Rejected rejected) {
    return questions().messages().text(rejected.key(), rejected.values());
  }

  /** The checked answer, or empty with the reason noted beside its field. */
  private <T> Optional<T> checked(Map<String, String> errors, String field, Supplier<T> check) {
    try {
      return Optional.of(check.get());
    } catch (Rejected refused) {
      errors.put(field, message(refused));
      return Optional.empty();
    }
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  private static Response html(String page) {
    return PageLayout.response(page);
  }

  private static Response resource(String name, String contentType) {
    try (InputStream in = GuideSite.class.getResourceAsStream("/guide/" + name)) {
      return Response.of(200, contentType, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read guide/" + name, e);
    }
  }
}
