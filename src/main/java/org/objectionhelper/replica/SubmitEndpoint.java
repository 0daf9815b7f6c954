package org.objectionhelper.replica;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.web.Response;

/**
 * Receives the objection the form page posts with {@code fetch}: records it if the page's {@code
 * lsd} token belongs to the sender's session and an e-mail address is given. The 2024 form ({@link
 * Variety.Trait#FORM_2024}) wants a reason of its minimum length, and counts the objection only
 * once the code it sent to the e-mail address (the {@link Mailbox}) is typed in.
 */
final class SubmitEndpoint {
  /** The query parameter of a form that is sent by the browser itself, its answer a new page. */
  static final String AS_PAGE = "page";

  /** The query parameter of the 2024 form: a code is e-mailed before the objection counts. */
  static final String WITH_CODE = "code";

  /** Where the 2024 form posts the code. */
  static final String CODE_PATH = "/ajax/help/contact/code";

  private final Sessions sessions;
  private final Clock clock;
  private final FieldNames names;
  private final boolean rejectsAll;
  private final List<Submission> received = new CopyOnWriteArrayList<>();
  private final ConfirmationPage page;
  private final Mailbox mailbox;
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  /** An objection as it arrived, from the session that sent it. */
  private record Arrived(Submission submission, Sessions.Session session) {}

  /** An objection of the 2024 form whose code was e-mailed and is not typed in yet. */
  private record Pending(Arrived objection, String code) {}

  /**
   * @param rejectsAll answer every submission with a server error, as {@link Quirk#REJECTS_SUBMIT}
   */
  SubmitEndpoint(
      Sessions sessions,
      Clock clock,
      FieldNames names,
      boolean rejectsAll,
      ConfirmationPage page,
      Mailbox mailbox) {
    this.page = page;
    this.mailbox = mailbox;
    this.sessions = sessions;
    this.clock = clock;
    this.names = names;
    this.rejectsAll = rejectsAll;
  }

  List<Submission> submissions() {
    return List.copyOf(received);
  }

  Response submit(Request request) {
    if (rejectsAll) {
      return Response.json(500, "{\"ok\":false}");
    }
    Optional<Arrived> arrived =
        request
            .query("platform")
            .flatMap(SubmitEndpoint::platform)
            .flatMap(platform -> accept(request, PlatformSite.of(platform)));
    if (request.query(WITH_CODE).isPresent()) {
      return arrived
          .filter(sent -> sent.submission().reason().length() >= Variety.REASON_MINIMUM)
          .map(this::awaitCode)
          .orElseGet(() -> Response.json(400, "{\"ok\":false}"));
    }
    arrived.ifPresent(this::received);
    Optional<Submission> submission = arrived.map(Arrived::submission);
    if (request.query(AS_PAGE).isPresent()) {
      return submission.isPresent() ? page.show(request) : Response.html(400, "Bad request");
    }
    return submission.isPresent()
        ? Response.json(200, "{\"ok\":true}")
        : Response.json(400, "{\"ok\":false}");
  }

  /** The code of the 2024 form: the objection pending under it counts once it is right. */
  Response code(Request request) {
    String id = request.field("pending");
    Pending waiting = pending.get(id);
    if (waiting == null || !waiting.code().equals(request.field("code").trim())) {
      return Response.json(400, "{\"ok\":false}");
    }
    pending.remove(id);
    received(waiting.objection());
    return Response.json(200, "{\"ok\":true}");
  }

  private Response awaitCode(Arrived objection) {
    String id = Tokens.elementId();
    String code = Tokens.code();
    pending.put(id, new Pending(objection, code));
    mailbox.deliver(objection.submission().email(), code);
    return Response.json(200, "{\"ok\":true,\"pending\":\"" + id + "\"}");
  }

  private void received(Arrived objection) {
    received.add(objection.submission());
    sessions.objected(objection.session(), objection.submission().receivedAt());
  }

  private static Optional<Platform> platform(String id) {
    return PlatformSite.WITH_ACCOUNTS.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private Optional<Arrived> accept(Request request, PlatformSite site) {
    String lsd = request.field("lsd");
    Optional<Sessions.Session> session =
        request
            .cookie(site.sessionCookie())
            .flatMap(token -> sessions.find(site.platform(), token));
    Optional<Language> pageLanguage = session.flatMap(known -> known.pageOf(lsd));
    FieldNames sent = session.flatMap(known -> known.namesOf(lsd)).orElse(names);
    String email = request.field(sent.email());
    if (email.isBlank()) {
      return Optional.empty();
    }
    return pageLanguage.map(
        language ->
            new Arrived(
                new Submission(
                    site.platform(),
                    language,
                    email,
                    request.values(sent.email()),
                    request.field(sent.country()),
                    request.field(sent.reason()),
                    request.fields(),
                    clock.instant()),
                session.orElseThrow()));
  }
}
