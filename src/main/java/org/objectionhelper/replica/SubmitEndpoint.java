package org.objectionhelper.replica;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.objectionhelper.profile.Language;
import org.objectionhelper.profile.Platform;
import org.objectionhelper.web.Response;

/**
 * Receives the objection the form page posts with {@code fetch}: records it if the page's {@code
 * lsd} token belongs to the sender's session and an e-mail address is given.
 */
final class SubmitEndpoint {
  /** The query parameter of a form that is sent by the browser itself, its answer a new page. */
  static final String AS_PAGE = "page";

  private final Sessions sessions;
  private final Clock clock;
  private final FieldNames names;
  private final boolean rejectsAll;
  private final List<Submission> received = new CopyOnWriteArrayList<>();
  private final ConfirmationPage page;

  /**
   * @param rejectsAll answer every submission with a server error, as {@link Quirk#REJECTS_SUBMIT}
   */
  SubmitEndpoint(
      Sessions sessions, Clock clock, FieldNames names, boolean rejectsAll, ConfirmationPage page) {
    this.page = page;
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
    Optional<Submission> submission =
        request
            .query("platform")
            .flatMap(SubmitEndpoint::platform)
            .flatMap(platform -> accept(request, PlatformSite.of(platform)));
    submission.ifPresent(received::add);
    if (request.query(AS_PAGE).isPresent()) {
      return submission.isPresent() ? page.show(request) : Response.html(400, "Bad request");
    }
    return submission.isPresent()
        ? Response.json(200, "{\"ok\":true}")
        : Response.json(400, "{\"ok\":false}");
  }

  private static Optional<Platform> platform(String id) {
    return PlatformSite.WITH_ACCOUNTS.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private Optional<Submission> accept(Request request, PlatformSite site) {
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
    Optional<Submission> accepted =
        pageLanguage.map(
            language ->
                new Submission(
                    site.platform(),
                    language,
                    email,
                    request.values(sent.email()),
                    request.field(sent.country()),
                    request.field(sent.reason()),
                    request.fields(),
                    clock.instant()));
    accepted.ifPresent(arrived -> sessions.objected(session.orElseThrow(), arrived.receivedAt()));
    return accepted;
  }
}
