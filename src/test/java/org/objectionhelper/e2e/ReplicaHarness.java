package org.objectionhelper.e2e;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.browser.BrowserLauncher;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.FlowSettings;
import org.objectionhelper.flow.FormProbe;
import org.objectionhelper.flow.InboxVisit;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.ObjectionFlow;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.flow.ProbeResult;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.page.PageCapture;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.ProfileLoader;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.ReplicaSite;

/** The replica site and a real headless Chromium, with short waits, for one test. */
public final class ReplicaHarness implements AutoCloseable {
  public final ReplicaSite replica;
  public final BrowserSession browser;
  final Language language;
  final Path evidenceRoot;
  private final StringWriter terminal = new StringWriter();
  public Duration loginTimeout = Duration.ofSeconds(20);
  public Duration reviewTimeout = Duration.ofSeconds(20);
  public Duration progressEvery = Duration.ofSeconds(30);
  public Duration findTimeout = Duration.ofSeconds(10);
  public Optional<URI> timestampAuthority = Optional.empty();

  /** Wraps the browser's page capture, e.g. to make one step fail. */
  public UnaryOperator<PageCapture> capture = UnaryOperator.identity();

  /**
   * Whether the flow reads the browser's record of its requests, as a browser without one cannot.
   */
  public boolean networkRecord = true;

  private final URI origin;

  public ReplicaHarness(Language language, Path evidenceRoot) {
    this(language, evidenceRoot, ReplicaSite.Options.defaults());
  }

  public ReplicaHarness(Language language, Path evidenceRoot, ReplicaSite.Options replicaOptions) {
    this(
        language,
        evidenceRoot,
        replicaOptions,
        BrowserOptions.headless(language),
        UnaryOperator.identity());
  }

  /**
   * A harness whose browser starts with the given options and reaches the replica at the origin
   * {@code seenFromBrowser} makes of the replica's own (a container reaches it by another name).
   */
  public ReplicaHarness(
      Language language,
      Path evidenceRoot,
      BrowserOptions options,
      UnaryOperator<URI> seenFromBrowser) {
    this(language, evidenceRoot, ReplicaSite.Options.defaults(), options, seenFromBrowser);
  }

  private ReplicaHarness(
      Language language,
      Path evidenceRoot,
      ReplicaSite.Options replicaOptions,
      BrowserOptions options,
      UnaryOperator<URI> seenFromBrowser) {
    this.replica = ReplicaSite.start(replicaOptions);
    this.language = language;
    this.evidenceRoot = evidenceRoot;
    this.origin = seenFromBrowser.apply(replica.origin());
    this.browser = BrowserLauncher.standard().start(options);
  }

  /** The replica's origin as the browser reaches it. */
  public URI origin() {
    return origin;
  }

  FormProfile profile(Platform platform) {
    return ProfileLoader.bundled().load(platform).rehostedTo(origin);
  }

  FormPage page(Platform platform) {
    return page(profile(platform));
  }

  private FormPage page(FormProfile profile) {
    return new FormPage(
        browser.driver(),
        profile,
        capture.apply(PageCapture.of(browser.driver())),
        networkRecord ? browser.network() : Optional.empty());
  }

  public Outcome file(Platform platform, ObjectionRequest request, Person person) {
    return file(profile(platform), request, person);
  }

  public Outcome file(FormProfile profile, ObjectionRequest request, Person person) {
    ObjectionFlow flow =
        new ObjectionFlow(settings(), person, narrator(), Clock.systemDefaultZone());
    return flow.file(page(profile), request, browser.browserVersion());
  }

  /**
   * Keeps Meta's message from the Support Inbox of {@code platform} with {@code evidence}, in this
   * browser as the filing left it.
   */
  public ExitCode keepInbox(
      Platform platform, Path evidence, Person person, BooleanSupplier saidDone) {
    return new InboxVisit(settings(), narrator(), Clock.systemDefaultZone())
        .keep(page(platform), evidence, person, saidDone);
  }

  ProbeResult probe(FormProfile profile, Person person) {
    FormProbe probe = new FormProbe(settings(), person, narrator(), Clock.systemDefaultZone());
    return probe.probe(page(profile));
  }

  private FlowSettings settings() {
    return new FlowSettings(
        loginTimeout, reviewTimeout, findTimeout, progressEvery, evidenceRoot, timestampAuthority);
  }

  private Narrator narrator() {
    return new Narrator(Messages.of(language), new PrintWriter(terminal, true));
  }

  /**
   * Logs in on the replica as {@code account}; at the review, does {@code atReview} instead of
   * sending.
   */
  public Person loggingInThen(String account, Consumer<FormPage> atReview) {
    Person login = ReplicaPerson.prompt(replica.origin(), account);
    return new Person() {
      @Override
      public void duringLogin(FormPage page) {
        login.duringLogin(page);
      }

      @Override
      public void duringReview(FormPage page) {
        atReview.accept(page);
      }
    };
  }

  /** What the person read in the terminal. */
  public String terminal() {
    return terminal.toString();
  }

  @Override
  public void close() {
    browser.close();
    replica.close();
  }
}
