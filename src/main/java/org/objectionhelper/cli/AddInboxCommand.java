package org.objectionhelper.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.objectionhelper.basics.Language;
import org.objectionhelper.browser.BrowserLauncher;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ExitException;
import org.objectionhelper.flow.InboxVisit;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.Person;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.questions.EvidenceRoot;
import org.objectionhelper.questions.TerminalCharset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "add-inbox",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps Meta's message in the Support Inbox (\"We will honour your objection\") with the "
          + "evidence of an objection filed before: opens a fresh browser at the Support Inbox of "
          + "the folder's platform, waits (up to --review-timeout) while you log in and open "
          + "Meta's message, and when you say so (Enter here, or the button in the banner) keeps "
          + "the page as the confirmation is kept: screenshots, PDF and page archive.",
      "Nothing sealed before is changed (a new addendum; see: objection verify). Instagram has "
          + "its Support Inbox in the app only: the tool says where to find it.",
      "Exit code ${bundle:exit.bad_input.code} if the folder cannot be used or its platform "
          + "has no web address for the inbox, ${bundle:exit.not_sent.code} if you did not say "
          + "so in time, ${bundle:exit.evidence_failed.code} if it cannot be written."
    })
final class AddInboxCommand extends BaseCommand {
  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "The evidence folder of the objection.")
  Path folder;

  @Mixin RunOptions options;

  private final UnaryOperator<FormProfile> where;
  private final Person person;

  AddInboxCommand() {
    this(UnaryOperator.identity(), Person.AT_THE_BROWSER);
  }

  /**
   * @param where points the profile elsewhere, e.g. at the replica, for tests
   * @param person who logs in and opens the message
   */
  AddInboxCommand(UnaryOperator<FormProfile> where, Person person) {
    this.where = where;
    this.person = person;
  }

  @Override
  Language language() {
    return options.language;
  }

  @Override
  ExitCode doCall() {
    Messages messages = Messages.of(options.language);
    Optional<Manifest> manifest = manifest();
    if (manifest.isEmpty()) {
      throw new ExitException(ExitCode.BAD_INPUT, messages.text("inbox.no.evidence", folder));
    }
    FormProfile profile =
        where.apply(options.formProfiles(List.of(manifest.get().run().platform())).get(0));
    if (profile.supportInbox().url().isEmpty()) {
      throw new ExitException(
          ExitCode.BAD_INPUT,
          messages.text(
              "inbox.no.address",
              messages.platformName(profile.platform()),
              profile.supportInbox().where().getOrDefault(messages.language(), "?")));
    }
    try (BrowserSession session =
        BrowserLauncher.standard()
            .start(options.browserOptions(options.headless, options.language))) {
      return new InboxVisit(
              options.flowSettings(options.evidenceDir(EvidenceRoot.HOME)),
              new Narrator(messages, spec.commandLine().getOut()),
              Clock.systemDefaultZone())
          .keep(new FormPage(session.driver(), profile), folder, person, saidDone());
    }
  }

  /** The folder's own manifest, which names the platform; empty where it is none. */
  private Optional<Manifest> manifest() {
    Path file = folder.resolve(Manifest.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(ManifestJson.read(file));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Enter in the terminal, where there is one; else only the banner's button says so. */
  private static BooleanSupplier saidDone() {
    if (System.console() == null) {
      return () -> false;
    }
    TerminalLines lines = TerminalLines.of(System.in, TerminalCharset.current().input());
    lines.discardTypedAhead();
    return () -> lines.poll().isPresent();
  }
}
