package org.objectionhelper.e2e;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.objectionhelper.browser.BrowserLauncher;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.FlowSettings;
import org.objectionhelper.flow.FormProbe;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.ObjectionFlow;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Language;
import org.objectionhelper.profile.Platform;
import org.objectionhelper.profile.ProfileLoader;
import org.objectionhelper.replica.ReplicaSite;

/** The replica site and a real headless Chromium, with short waits, for one test. */
final class ReplicaHarness implements AutoCloseable {
  final ReplicaSite replica;
  final BrowserSession browser;
  final Language language;
  final Path evidenceRoot;
  private final StringWriter terminal = new StringWriter();
  Duration loginTimeout = Duration.ofSeconds(20);
  Duration reviewTimeout = Duration.ofSeconds(20);
  Duration progressEvery = Duration.ofSeconds(30);
  Duration findTimeout = Duration.ofSeconds(10);

  ReplicaHarness(Language language, Path evidenceRoot) {
    this(language, evidenceRoot, ReplicaSite.Options.defaults());
  }

  ReplicaHarness(Language language, Path evidenceRoot, ReplicaSite.Options replicaOptions) {
    this.replica = ReplicaSite.start(replicaOptions);
    this.language = language;
    this.evidenceRoot = evidenceRoot;
    this.browser = BrowserLauncher.standard().start(BrowserOptions.headless(language));
  }

  FormProfile profile(Platform platform) {
    return ProfileLoader.bundled().load(platform).rehostedTo(replica.origin());
  }

  FormPage page(Platform platform) {
    return new FormPage(browser.driver(), profile(platform));
  }

  Outcome file(Platform platform, ObjectionRequest request, Person person) {
    return file(profile(platform), request, person);
  }

  Outcome file(FormProfile profile, ObjectionRequest request, Person person) {
    ObjectionFlow flow = new ObjectionFlow(settings(), person, narrator(), Clock.systemDefaultZone());
    return flow.file(new FormPage(browser.driver(), profile), request, browser.browserVersion());
  }

  ExitCode probe(FormProfile profile, Person person) {
    FormProbe probe = new FormProbe(settings(), person, narrator(), Clock.systemDefaultZone());
    return probe.probe(new FormPage(browser.driver(), profile));
  }

  private FlowSettings settings() {
    return new FlowSettings(loginTimeout, reviewTimeout, findTimeout, progressEvery, evidenceRoot);
  }

  private Narrator narrator() {
    return new Narrator(Messages.of(language), new PrintWriter(terminal, true));
  }

  /** What the person read in the terminal. */
  String terminal() {
    return terminal.toString();
  }

  @Override
  public void close() {
    browser.close();
    replica.close();
  }
}
