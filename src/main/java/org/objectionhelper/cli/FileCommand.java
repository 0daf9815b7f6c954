package org.objectionhelper.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.flow.AfterFiling;
import org.objectionhelper.flow.Attachment;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.FlowSettings;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.FieldType;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.questions.EmailAddress;
import org.objectionhelper.questions.EvidenceRoot;
import org.objectionhelper.questions.Rejected;
import org.objectionhelper.questions.TerminalCharset;
import org.objectionhelper.questions.TypedText;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "file",
    mixinStandardHelpOptions = true,
    description = {
      "Opens Meta's objection form, waits while you log in, fills it in, and waits for "
          + "you to check it and click Send yourself.",
      "Then it saves proof: screenshots and a manifest with SHA-256 hashes. With "
          + "--platform third-party it fills the form about your data from third parties "
          + "shown by Meta's AI (no account needed): --name, --email, --country, --prompt and "
          + "--attach a screenshot; type the code Meta e-mails you into the form when the "
          + "tool asks."
    })
final class FileCommand extends FilingCommand {
  @Option(
      names = "--platform",
      required = true,
      paramLabel = "facebook|instagram|both|third-party",
      converter = PlatformChoice.Converter.class,
      description = "Which form; both files on Instagram, then on Facebook, in one browser.")
  PlatformChoice platforms;

  @Option(
      names = "--email",
      required = true,
      paramLabel = "ADDRESS",
      description =
          "The e-mail address of your account; with --accounts, once per account, in order.")
  List<String> emails;

  @Option(
      names = "--accounts",
      paramLabel = "N",
      converter = AccountCountConverter.class,
      description =
          "File for N accounts one after another, each in a fresh browser, logged out in between (default: one per --email).")
  Integer accounts;

  @Option(names = "--name", paramLabel = "NAME", description = "Your full name (third-party form).")
  String name;

  @Option(
      names = "--prompt",
      paramLabel = "TEXT",
      description =
          "A prompt that made Meta's AI show your data (third-party form); repeat for several.")
  List<String> prompts = List.of();

  @Option(
      names = "--attach",
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Screenshot(s) of the AI's answer, PNG, JPEG, GIF, WebP or PDF (third-party form).")
  List<Path> attach = List.of();

  @Option(
      names = "--country",
      paramLabel = "CODE",
      description = "Your country of residence, two letters, e.g. DE.")
  String country;

  @ArgGroup(exclusive = true)
  ReasonChoice reason = new ReasonChoice();

  @Option(
      names = "--confirm-in-terminal",
      description =
          "Instead of clicking Send in the browser, type a confirmation here; the tool then clicks Send.")
  boolean confirmInTerminal;

  @Mixin RunOptions options;

  @Mixin ReplicaRehearsal rehearsal;

  /** The forms, the request and the accounts' addresses, as {@link #checkInput} made them. */
  private List<FormProfile> profiles;

  private ObjectionRequest request;
  private List<String> addresses;

  /** The terminal's lines, one reader for the confirmation word and the question at the end. */
  private TerminalLines terminal;

  @Override
  RunOptions options() {
    return options;
  }

  @Override
  boolean headless() {
    return options.headless;
  }

  @Override
  ExitCode doCall() {
    return rehearsal.around(narrator(), super::doCall);
  }

  /** A rehearsal's proof goes where the demo's goes, never among the person's real proof. */
  @Override
  EvidenceRoot evidenceRoot() {
    return EvidenceRoot.of(
        options.evidenceDir(rehearsal.chosen ? DemoCommand.DEMO_EVIDENCE : EvidenceRoot.HOME));
  }

  @Override
  boolean filedWithMeta() {
    return !rehearsal.chosen;
  }

  @Override
  void finished(List<Outcome> outcomes) {
    if (rehearsal.chosen) {
      narrator().say("rehearsal.done");
    }
  }

  @Override
  void checkInput() {
    if (accounts != null && accounts != emails.size()) {
      throw new Rejected("input.accounts", accounts);
    }
    if (confirmInTerminal) {
      TerminalConfirmation.requireTerminal();
    }
    addresses = emails.stream().map(EmailAddress::parse).map(EmailAddress::value).toList();
    ObjectionRequest objection =
        RequestInput.check(addresses.get(0), country, reason.text(options.language));
    TypedText.readable("--name", name);
    prompts.forEach(prompt -> TypedText.readable("--prompt", prompt));
    List<Attachment> attachments = List.of();
    if (formsAskForMore()) {
      // These forms say what they ask for (a name, a file and its size): read before any browser.
      profiles = profiles(platforms.platforms());
      attachments =
          attach.isEmpty() ? List.of() : AttachmentCheck.check(attach, uploadLimit(profiles));
    }
    request =
        new ObjectionRequest(
            objection.email(),
            objection.country(),
            objection.reason(),
            Optional.ofNullable(name).map(String::strip).filter(text -> !text.isEmpty()),
            prompts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", prompts)),
            attachments,
            consent());
    if (formsAskForMore()) {
      profiles.forEach(profile -> RequestInput.checkFits(request, profile));
    }
  }

  /** Whether a chosen form asks for more than an objection form, or files are to be uploaded. */
  private boolean formsAskForMore() {
    return !attach.isEmpty() || platforms.platforms().contains(Platform.THIRD_PARTY);
  }

  @Override
  Filing filing() {
    if (!formsAskForMore()) {
      // The objection forms are read while the browser starts: what they require is rarely more.
      profiles = profiles(platforms.platforms());
      profiles.forEach(profile -> RequestInput.checkFits(request, profile));
    }
    Person person =
        confirmInTerminal
            ? TerminalConfirmation.ofTerminal(terminal(), narrator())
            : Person.AT_THE_BROWSER;
    return rehearsal.staged(new Filing(profiles, request, person, addresses));
  }

  /** After the confirmation, while still logged in: Meta's message in the Support Inbox. */
  @Override
  AfterFiling afterFiling(FlowSettings settings, Narrator narrator) {
    return new InboxOffer(
        settings,
        narrator,
        () -> System.console() == null ? Optional.empty() : Optional.of(terminal()));
  }

  private TerminalLines terminal() {
    if (terminal == null) {
      terminal = TerminalLines.of(System.in, TerminalCharset.current().input());
    }
    return terminal;
  }

  private String consent() {
    if (rehearsal.chosen) {
      return "a rehearsal on the local replica (objection file --replica): a stand-in logged in and clicked Send; nothing was filed with Meta";
    }
    return "the person ran: objection file --platform ... --email ..."
        + (confirmInTerminal
            ? "; they confirmed by typing the confirmation word in the terminal, then the tool clicked Send"
            : "; they clicked Send in the browser themselves");
  }

  /** The smallest limit of the chosen forms; a form without an upload refuses the files. */
  private long uploadLimit(List<FormProfile> profiles) {
    return profiles.stream()
        .mapToLong(
            profile ->
                profile
                    .field(FieldRole.ATTACHMENT)
                    .filter(field -> field.type() == FieldType.FILE)
                    .orElseThrow(
                        () ->
                            new Rejected(
                                "input.attach.unused",
                                narrator().messages().platformName(profile.platform())))
                    .maxBytes())
        .min()
        .orElseThrow();
  }
}
