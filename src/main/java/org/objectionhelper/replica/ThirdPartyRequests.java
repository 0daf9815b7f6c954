package org.objectionhelper.replica;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.objectionhelper.basics.Language;
import org.objectionhelper.html.Template;
import org.objectionhelper.web.Response;

/**
 * Receives the third-party-data form and its e-mail code step: a complete form gets a code, "sent"
 * to the {@link Mailbox}; the request counts once that code is typed in. A wrong code shows an
 * error and the person may try again.
 */
final class ThirdPartyRequests {

  static final String VERIFY_PATH = ThirdPartyFormPage.PATH + "/verify";

  /** What the replica accepts per file; the profile's {@code maxSize} says the same. */
  static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

  private record Pending(DataSubjectRequest request, String code, int wrongCodes) {}

  private final Template codePage = Template.load("replica/code.html");
  private final Template messagePage = Template.load("replica/home.html");
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final List<DataSubjectRequest> confirmed = new CopyOnWriteArrayList<>();
  private final Layout layout;
  private final Texts texts;
  private final Mailbox mailbox;
  private final Clock clock;

  ThirdPartyRequests(Layout layout, Texts texts, Mailbox mailbox, Clock clock) {
    this.layout = layout;
    this.texts = texts;
    this.mailbox = mailbox;
    this.clock = clock;
  }

  List<DataSubjectRequest> confirmed() {
    return List.copyOf(confirmed);
  }

  Response submit(Request request) {
    Optional<DataSubjectRequest> received = complete(request);
    if (received.isEmpty()) {
      return message(400, request.language(), "form.error", "form.error");
    }
    String id = Tokens.secret();
    String code = Tokens.code();
    pending.put(id, new Pending(received.get(), code, 0));
    mailbox.deliver(received.get().email(), code);
    return Response.redirect(VERIFY_PATH + "?request=" + id);
  }

  Response showCodeStep(Request request) {
    return request
        .query("request")
        .filter(pending::containsKey)
        .map(id -> Response.html(codeStep(request.language(), id, false)))
        .orElseGet(() -> Response.text(404, "Not found"));
  }

  Response verify(Request request) {
    String id = request.field("request");
    Pending waiting = pending.get(id);
    if (waiting == null) {
      return Response.text(404, "Not found");
    }
    if (!waiting.code().equals(request.field("code").trim())) {
      pending.put(id, new Pending(waiting.request(), waiting.code(), waiting.wrongCodes() + 1));
      return Response.html(400, codeStep(request.language(), id, true));
    }
    pending.remove(id);
    DataSubjectRequest draft = waiting.request();
    confirmed.add(
        new DataSubjectRequest(
            draft.language(),
            draft.name(),
            draft.email(),
            draft.country(),
            draft.prompt(),
            draft.uploads(),
            waiting.wrongCodes(),
            clock.instant()));
    return message(200, request.language(), "thirdParty.done.heading", "thirdParty.done.text");
  }

  private Optional<DataSubjectRequest> complete(Request request) {
    List<Upload> uploads =
        request.files().stream()
            .filter(file -> file.field().equals(ThirdPartyFormPage.ATTACHMENT))
            .map(file -> new Upload(file.fileName(), file.contentType(), file.content()))
            .toList();
    boolean filesFit =
        !uploads.isEmpty()
            && uploads.stream()
                .allMatch(file -> file.content().length <= MAX_FILE_BYTES && accepted(file));
    List<String> texts =
        List.of(
            request.field(ThirdPartyFormPage.NAME),
            request.field(ThirdPartyFormPage.EMAIL),
            request.field(ThirdPartyFormPage.COUNTRY),
            request.field(ThirdPartyFormPage.PROMPT));
    if (!filesFit || texts.stream().anyMatch(String::isBlank)) {
      return Optional.empty();
    }
    return Optional.of(
        new DataSubjectRequest(
            request.language(),
            texts.get(0),
            texts.get(1),
            texts.get(2),
            texts.get(3),
            uploads,
            0,
            null));
  }

  private static boolean accepted(Upload file) {
    return file.contentType().startsWith("image/") || file.contentType().equals("application/pdf");
  }

  private String codeStep(Language language, String id, boolean wrong) {
    String error =
        wrong
            ? "<div class=\"xw7yly9\" role=\"alert\">"
                + Template.escape(texts.get(language, "thirdParty.code.wrong"))
                + "</div>"
            : "";
    String content =
        codePage.render(
            Map.of(
                "heading", texts.get(language, "thirdParty.code.heading"),
                "text", texts.get(language, "thirdParty.code.text"),
                "error", error,
                "action", VERIFY_PATH,
                "requestId", id,
                "codeId", Tokens.elementId(),
                "codeLabel", texts.get(language, "thirdParty.code.label"),
                "confirm", texts.get(language, "thirdParty.code.confirm")));
    return layout.render(
        language, texts.get(language, "thirdParty.code.heading"), "Facebook", content);
  }

  private Response message(int status, Language language, String headingKey, String textKey) {
    String content =
        messagePage.render(
            Map.of(
                "heading", texts.get(language, headingKey), "text", texts.get(language, textKey)));
    return Response.html(
        status, layout.render(language, texts.get(language, headingKey), "Facebook", content));
  }
}
