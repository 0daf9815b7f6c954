package org.objectionhelper.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.objectionhelper.basics.Language;
import org.objectionhelper.browser.BrowserLauncher;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.files.WriteFailure;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ExitException;
import org.objectionhelper.flow.FormProbe;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.Person;
import org.objectionhelper.flow.ProbeResult;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.questions.EvidenceRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "probe",
    mixinStandardHelpOptions = true,
    description = {
      "Checks Meta's live form against its form profile: opens it (log in when asked), "
          + "then lists every field, the Send button, the login gate and the cookie dialog as "
          + "found or not found, and which locator matched.",
      "Fills nothing and sends nothing. Exit code ${bundle:exit.form_changed.code} where the "
          + "form differs from the profile: edit the profile (or a copy passed with --profiles)."
    })
final class ProbeCommand extends BaseCommand {
  @Option(
      names = "--platform",
      required = true,
      paramLabel = "facebook|instagram|both",
      converter = PlatformChoice.Converter.class,
      description = "Which form to check.")
  PlatformChoice platforms;

  @Option(
      names = "--write-profile",
      paramLabel = "DIR",
      description =
          "Also writes, for each form, a profile that matches the page as it is (the locators "
              + "that found each part, the login gate, the address that worked) into DIR, for "
              + "--profiles DIR. Never overwrites a file.")
  Path writeProfile;

  @Mixin RunOptions options;

  @Override
  Language language() {
    return options.language;
  }

  @Override
  ExitCode doCall() {
    Narrator narrator = new Narrator(Messages.of(options.language), spec.commandLine().getOut());
    Optional<WrittenProfiles> written = Optional.ofNullable(writeProfile).map(WrittenProfiles::new);
    List<FormProfile> profiles = options.formProfiles(platforms.platforms());
    Optional<Path> existing = written.flatMap(folder -> folder.existing(platforms.platforms()));
    if (existing.isPresent()) {
      throw new ExitException(
          ExitCode.BAD_INPUT, narrator.messages().text("probe.profile.exists", existing.get()));
    }
    ExitCode worst = ExitCode.OK;
    try (BrowserSession session =
        BrowserLauncher.standard()
            .start(options.browserOptions(options.headless, options.language))) {
      FormProbe probe =
          new FormProbe(
              options.flowSettings(options.evidenceDir(EvidenceRoot.HOME)),
              Person.AT_THE_BROWSER,
              narrator,
              Clock.systemDefaultZone());
      PrintWriter err = spec.commandLine().getErr();
      for (FormProfile profile : profiles) {
        ProbeResult result = probe.probe(new FormPage(session.driver(), profile));
        worst = worst == ExitCode.OK ? result.exitCode() : worst;
        if (written.isPresent() && result.asFound().isPresent()) {
          worst = write(written.get(), result.asFound().get(), narrator, err).orElse(worst);
        }
      }
    }
    return worst;
  }

  /**
   * Writes the profile as found; an exit code only where it could not be written. Said at once, and
   * the other forms are still probed: one profile that cannot be written ends nothing.
   */
  private static Optional<ExitCode> write(
      WrittenProfiles folder, FormProfile asFound, Narrator narrator, PrintWriter err) {
    try {
      Path file = folder.write(asFound, Instant.now());
      narrator.say("probe.profile.written", file, folder.folder());
      return Optional.empty();
    } catch (FileAlreadyExistsException e) {
      err.println(narrator.messages().text("probe.profile.exists", e.getFile()));
      return Optional.of(ExitCode.BAD_INPUT);
    } catch (IOException e) {
      Messages messages = narrator.messages();
      String reason = messages.text(WriteFailure.of(e).key(), e.getMessage());
      err.println(messages.text("probe.profile.unwritable", folder.folder(), reason));
      return Optional.of(ExitCode.BAD_INPUT);
    }
  }
}
