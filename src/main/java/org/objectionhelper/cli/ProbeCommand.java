package org.objectionhelper.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.objectionhelper.browser.BrowserLauncher;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.browser.BrowserStartException;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.FormProbe;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.Person;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.ProfileException;
import org.objectionhelper.questions.EvidenceRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "probe",
    mixinStandardHelpOptions = true,
    description = {
      "Checks Meta's live form against its form profile: opens it (log in when asked), "
          + "then lists every field, the Send button, the login gate and the cookie dialog as "
          + "found or not found, and which locator matched.",
      "Fills nothing and sends nothing. Exit code 5 where the form differs from the "
          + "profile: edit the profile (or a copy passed with --profiles)."
    })
final class ProbeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--platform",
      required = true,
      paramLabel = "facebook|instagram|both",
      converter = PlatformChoice.Converter.class,
      description = "Which form to check.")
  PlatformChoice platforms;

  @Mixin RunOptions options;

  @Override
  public Integer call() {
    Narrator narrator = new Narrator(Messages.of(options.language), spec.commandLine().getOut());
    try {
      List<FormProfile> profiles = options.formProfiles(platforms.platforms());
      ExitCode worst = ExitCode.SENT;
      try (BrowserSession session =
          BrowserLauncher.standard()
              .start(options.browserOptions(options.headless, options.language))) {
        FormProbe probe =
            new FormProbe(
                options.flowSettings(options.evidenceDir(EvidenceRoot.HOME)),
                Person.AT_THE_BROWSER,
                narrator,
                Clock.systemDefaultZone());
        for (FormProfile profile : profiles) {
          ExitCode result = probe.probe(new FormPage(session.driver(), profile));
          worst = worst == ExitCode.SENT ? result : worst;
        }
      }
      return worst.code();
    } catch (ProfileException | BrowserStartException e) {
      return StartProblems.report(e, narrator.messages(), spec.commandLine().getErr());
    }
  }
}
