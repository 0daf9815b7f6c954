package org.objectionhelper.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.ReasonTemplates;
import org.objectionhelper.questions.EvidenceRoot;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.ReplicaSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole flow on a bundled replica of Meta's forms, on this computer only: "
          + "no Meta account needed.",
      "Without --visible the browser runs headless and the demo plays your part (log "
          + "in, click Send) on the replica."
    })
final class DemoCommand extends FilingCommand {
  static final String DEMO_EMAIL = "demo@example.org";
  static final Path DEMO_EVIDENCE = Path.of("demo-evidence");

  @Option(
      names = "--platform",
      paramLabel = "facebook|instagram|both|third-party",
      converter = PlatformChoice.Converter.class,
      description =
          "Which replica form (default: both). The third-party form is filled with a made-up person's sample data.")
  PlatformChoice platforms = PlatformChoice.BOTH;

  @Option(
      names = "--email",
      paramLabel = "ADDRESS",
      description = "The address the replica account has (default: ${DEFAULT-VALUE}).")
  String email = DEMO_EMAIL;

  @Option(names = "--visible", description = "Show the browser and do the login and Send yourself.")
  boolean visible;

  @Option(
      names = "--no-send",
      description =
          "Fill in the replica form but do not send it: the demo waits at the review until the review timeout or Ctrl-C.")
  boolean noSend;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description = "A reason to fill in (default: the sample text).")
  String reason;

  @Option(
      names = "--already-logged-in",
      description =
          "The replica treats the browser as logged in, like a browser profile still logged in to Meta.")
  boolean alreadyLoggedIn;

  @Mixin RunOptions options;

  /** From the command, JVM start included: what the person waits for. */
  private final Instant started =
      ProcessHandle.current().info().startInstant().orElseGet(Instant::now);

  private ReplicaStage stage;
  private ObjectionRequest request;

  @Override
  RunOptions options() {
    return options;
  }

  @Override
  EvidenceRoot evidenceRoot() {
    return EvidenceRoot.of(options.evidenceDir(DEMO_EVIDENCE));
  }

  @Override
  ExitCode doCall() {
    ReplicaSite.Options replicaOptions = ReplicaSite.Options.defaults();
    if (alreadyLoggedIn) {
      replicaOptions = replicaOptions.withEveryoneSignedIn();
    }
    try (ReplicaStage replica = ReplicaStage.demo(replicaOptions, narrator())) {
      stage = replica;
      return super.doCall();
    }
  }

  @Override
  boolean headless() {
    return !visible;
  }

  @Override
  void checkInput() {
    String reasonText =
        reason != null
            ? reason
            : ReasonTemplates.bundled().text("sample", options.language).orElseThrow();
    String consent =
        "objection demo on the local replica"
            + (visible
                ? "; the person clicked Send in the browser"
                : "; the demo played the person and clicked Send");
    ObjectionRequest objection = RequestInput.check(email, "DE", reasonText).withConsent(consent);
    request =
        platforms.platforms().contains(Platform.THIRD_PARTY)
            ? stage.withSampleDataSubject(objection)
            : objection;
  }

  @Override
  Filing filing() {
    List<FormProfile> profiles = stage.rehost(profiles(platforms.platforms()));
    ReplicaPerson standIn = stage.standIn(request.email());
    Person person = visible ? Person.AT_THE_BROWSER : noSend ? standIn.neverSending() : standIn;
    return new Filing(profiles, request, person);
  }

  @Override
  boolean filedWithMeta() {
    return false;
  }

  @Override
  void finished(List<Outcome> outcomes) {
    double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
    String folders =
        outcomes.stream()
            .flatMap(outcome -> outcome.evidence().stream())
            .map(path -> path.toAbsolutePath().toString())
            .collect(Collectors.joining(", "));
    narrator().say("demo.done", String.format(Locale.ROOT, "%.1f", seconds), folders);
  }
}
