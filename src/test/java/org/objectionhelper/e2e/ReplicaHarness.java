package org.objectionhelper.e2e;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.objectionhelper.browser.BrowserLauncher;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.flow.FlowSettings;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.ObjectionFlow;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.page.PageCapture;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Language;
import org.objectionhelper.profile.Platform;
import org.objectionhelper.profile.ProfileLoader;
import org.objectionhelper.replica.ReplicaSite;

/** The replica site and a real headless Chromium, with short waits, for one test. */
public final class ReplicaHarness implements AutoCloseable {
  public final ReplicaSite replica = ReplicaSite.start();
  public final BrowserSession browser;
  final Language language;
  final Path evidenceRoot;
  private final StringWriter terminal = new StringWriter();
  public Duration loginTimeout = Duration.ofSeconds(20);
  public Duration reviewTimeout = Duration.ofSeconds(20);
  public Duration progressEvery = Duration.ofSeconds(30);
  public Optional<URI> timestampAuthority = Optional.empty();
  /** Wraps the browser's page capture, e.g. to make one step fail. */
  public UnaryOperator<PageCapture> capture = UnaryOperator.identity();

  private final URI origin;

  public ReplicaHarness(Language language, Path evidenceRoot) {
    this(language, evidenceRoot, BrowserOptions.headless(language), UnaryOperator.identity());
  }

  /**
   * A harness whose browser starts with the given options and reaches the replica at the origin
   * {@code seenFromBrowser} makes of the replica's own (a container reaches it by another name).
   */
  public ReplicaHarness(Language language, Path evidenceRoot, BrowserOptions options, UnaryOperator<URI> seenFromBrowser) {
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
    return new FormPage(browser.driver(), profile(platform), capture.apply(PageCapture.of(browser.driver())));
  }

  public Outcome file(Platform platform, ObjectionRequest request, Person person) {
    FlowSettings settings =
        new FlowSettings(
            loginTimeout, reviewTimeout, Duration.ofSeconds(10), progressEvery, evidenceRoot, timestampAuthority);
    Narrator narrator = new Narrator(Messages.of(language), new PrintWriter(terminal, true));
    ObjectionFlow flow = new ObjectionFlow(settings, person, narrator, Clock.systemDefaultZone());
    return flow.file(page(platform), request, browser.browserVersion());
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
