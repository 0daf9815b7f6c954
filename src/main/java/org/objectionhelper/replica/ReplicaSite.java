package org.objectionhelper.replica;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.web.Guards;
import org.objectionhelper.web.LocalWebServer;

/**
 * Replicas of Meta's Facebook and Instagram objection forms, with their login gates and the
 * confirmation dialog, and of the third-party-data form with its upload and e-mail code step (the
 * code lands on a {@linkplain #mailboxUrl mailbox page}), with the forms' other addresses in
 * circulation and Meta's privacy hub ({@link MovedForms}), and Facebook's Support Inbox with Meta's
 * message for an objection that arrived, in German and English, served on 127.0.0.1 at a random
 * free port. Used by the {@code demo} command and the end-to-end tests; the paths are those of the
 * real forms, so a form profile rehosted to {@link #origin()} works unchanged.
 *
 * <pre>{@code
 * try (ReplicaSite site = ReplicaSite.start()) {
 *   FormProfile profile = facebook.rehostedTo(site.origin());
 *   ...
 *   site.submissions();
 * }
 * }</pre>
 */
public final class ReplicaSite implements AutoCloseable {

  /** How the replica behaves: its clock, and which of the real site's awkward moments it shows. */
  public record Options(
      Clock clock,
      Set<Quirk> quirks,
      boolean signedIn,
      Variety variety,
      Optional<Hostility> hostility) {

    public Options {
      quirks = Set.copyOf(quirks);
    }

    public static Options defaults() {
      return new Options(Clock.systemUTC(), Set.of(), false, Variety.STANDARD, Optional.empty());
    }

    /** The clock that stamps {@link Submission#receivedAt()}. */
    public Options withClock(Clock clock) {
      return new Options(clock, quirks, signedIn, variety, hostility);
    }

    public Options withQuirks(Quirk... more) {
      Set<Quirk> all = EnumSet.noneOf(Quirk.class);
      all.addAll(quirks);
      all.addAll(List.of(more));
      return new Options(clock, all, signedIn, variety, hostility);
    }

    /** How the form page looks at the start; {@link ReplicaSite#vary} changes it later. */
    public Options with(Variety looks) {
      return new Options(clock, quirks, signedIn, looks, hostility);
    }

    /**
     * Every visitor counts as logged in (without an account address), as with a browser profile
     * that is still logged in to Meta: for measuring the time to a filled form.
     */
    public Options withEveryoneSignedIn() {
      return new Options(clock, quirks, true, variety, hostility);
    }

    /** The form page makes {@code attack} on the tool (see {@link Hostility}). */
    public Options withHostility(Hostility attack) {
      return new Options(clock, quirks, signedIn, variety, Optional.of(attack));
    }
  }

  private final LocalWebServer server;
  private final SubmitEndpoint submitEndpoint;
  private final ThirdPartyRequests thirdPartyRequests;
  private final AtomicReference<Variety> variety;
  private final MovedForms moved;

  private ReplicaSite(
      LocalWebServer server,
      SubmitEndpoint submitEndpoint,
      ThirdPartyRequests thirdPartyRequests,
      AtomicReference<Variety> variety,
      MovedForms moved) {
    this.variety = variety;
    this.moved = moved;
    this.server = server;
    this.submitEndpoint = submitEndpoint;
    this.thirdPartyRequests = thirdPartyRequests;
  }

  public static ReplicaSite start() {
    return start(Options.defaults());
  }

  public static ReplicaSite start(Options options) {
    Layout layout = new Layout();
    Texts texts = Texts.load();
    Sessions sessions = new Sessions();
    AtomicReference<Variety> variety = new AtomicReference<>(options.variety());
    Mailbox mailbox = new Mailbox(layout, texts);
    SubmitEndpoint submitEndpoint =
        new SubmitEndpoint(
            sessions,
            options.clock(),
            ReplicaFormPage.fieldNames(options.quirks()),
            options.quirks().contains(Quirk.REJECTS_SUBMIT),
            new ConfirmationPage(layout, texts),
            mailbox);
    MovedForms moved = new MovedForms(layout, texts);
    Router router =
        new Router()
            .get("/", new HomePage(layout, texts, PlatformSite.of(Platform.FACEBOOK))::show)
            .post(ReplicaFormPage.SUBMIT_PATH, submitEndpoint::submit)
            .post(SubmitEndpoint.CODE_PATH, submitEndpoint::code);
    for (Platform platform : PlatformSite.WITH_ACCOUNTS) {
      PlatformSite site = PlatformSite.of(platform);
      LoginPage login =
          new LoginPage(layout, texts, sessions, site, options.quirks().contains(Quirk.SLOW_LOGIN));
      PlatformSite elsewhere = site.withLoginElsewhere();
      LoginPage loginElsewhere =
          new LoginPage(
              layout, texts, sessions, elsewhere, options.quirks().contains(Quirk.SLOW_LOGIN));
      ReplicaFormPage form =
          new ReplicaFormPage(
              layout,
              texts,
              sessions,
              site,
              login,
              loginElsewhere,
              options.quirks(),
              options.hostility(),
              variety::get,
              options.signedIn());
      router
          .get(site.loginPath(), login::show)
          .post(site.loginPath(), login::logIn)
          .get(elsewhere.loginPath(), loginElsewhere::show)
          .post(elsewhere.loginPath(), loginElsewhere::logIn)
          .get(site.logoutPath(), login::logOut);
      moved.route(router, site, form::show);
      if (platform == Platform.FACEBOOK) {
        // Instagram keeps its Support Inbox in the app only: no web page to replicate.
        router.get(
            SupportInboxPage.PATH,
            new SupportInboxPage(layout, texts, sessions, site, login)::show);
      }
    }
    router.get(MovedForms.HUB_PATH, moved::hub);
    router.get(MovedForms.CHOOSER_PATH + "/", moved::chooser);
    if (options.hostility().isPresent()) {
      router.get(Hostility.FOREIGN_CONFIRMATION_PATH, new ConfirmationPage(layout, texts)::show);
    }
    ThirdPartyRequests thirdParty = new ThirdPartyRequests(layout, texts, mailbox, options.clock());
    router
        .get(ThirdPartyFormPage.PATH, new ThirdPartyFormPage(layout, texts)::show)
        .post(ThirdPartyFormPage.PATH, thirdParty::submit)
        .get(ThirdPartyRequests.VERIFY_PATH, thirdParty::showCodeStep)
        .post(ThirdPartyRequests.VERIFY_PATH, thirdParty::verify)
        .get(Mailbox.PATH, mailbox::show);

    // No guards: tests reach the replica under other names for 127.0.0.1 on purpose (FaultsTest's
    // localhost, which the profile's hosts do not allow) and post to it without a browser's Origin.
    LocalWebServer server = LocalWebServer.start("replica", router.routes(), Guards.none());
    return new ReplicaSite(server, submitEndpoint, thirdParty, variety, moved);
  }

  /**
   * From the next page on, the form looks as {@code looks} says: one browser serves many variants.
   */
  public void vary(Variety looks) {
    variety.set(looks);
  }

  /** From the next page on, the forms' addresses show what {@code moves} says. */
  public void move(MovedForms.Moves moves) {
    moved.set(moves);
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  public URI origin() {
    return server.origin();
  }

  /** The replica of the given platform's form, at the real form's path. */
  public URI formUrl(Platform platform) {
    return origin()
        .resolve(
            platform == Platform.THIRD_PARTY
                ? ThirdPartyFormPage.PATH
                : PlatformSite.of(platform).formPath());
  }

  /**
   * Serves the Facebook form's address once to itself, as a browser would ask for it, before any
   * browser does: the page the browser then opens first waits for nothing of the replica's loading.
   *
   * @return whether a page was served; where not, only the first page is slower
   */
  public boolean warmUp() {
    try {
      return WarmUp.visit(formUrl(Platform.FACEBOOK));
    } catch (IOException e) {
      return false;
    }
  }

  /** The replica's stand-in inbox of {@code address}: the latest e-mail code sent to it. */
  public URI mailboxUrl(String address) {
    return Mailbox.url(origin(), address);
  }

  /** The third-party-data requests whose e-mail code was confirmed, in order; a copy. */
  public List<DataSubjectRequest> dataSubjectRequests() {
    return thirdPartyRequests.confirmed();
  }

  /** The objections received so far, in arrival order; a copy, safe to read while more arrive. */
  public List<Submission> submissions() {
    return submitEndpoint.submissions();
  }

  @Override
  public void close() {
    server.close();
  }
}
