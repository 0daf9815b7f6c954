package org.objectionhelper.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.objectionhelper.basics.Language;
import org.objectionhelper.evidence.AddendumWriter;
import org.objectionhelper.evidence.EvidenceException;
import org.objectionhelper.evidence.Tool;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ExitException;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.mail.KeySource;
import org.objectionhelper.mail.MailAddendum;
import org.objectionhelper.mail.MailCheck;
import org.objectionhelper.mail.MailChecker;
import org.objectionhelper.mail.TooDeeplyNestedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "add-mail",
    mixinStandardHelpOptions = true,
    description = {
      "Adds Meta's confirmation e-mail, saved from your mail program as an .eml file, to an "
          + "evidence folder: checks its DKIM signature (proof that Meta's mail domain sent it "
          + "unchanged), keeps the key it was checked with, and says what it found.",
      "The mail is kept whatever the check says; nothing sealed before is changed (a new addendum).",
      "Exit code ${bundle:exit.bad_input.code} if the folder or the file cannot be used, "
          + "${bundle:exit.evidence_failed.code} if it cannot be written."
    })
final class AddMailCommand extends BaseCommand {
  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "The evidence folder of the objection.")
  Path folder;

  @Parameters(
      index = "1",
      paramLabel = "MESSAGE",
      description = "The e-mail as saved from your mail program (.eml).")
  Path message;

  @Option(
      names = "--key-record",
      paramLabel = "FILE",
      description =
          "Check with this DKIM key record instead of looking it up in DNS, e.g. a dkim-key.txt kept"
              + " earlier. The result then says: checked against the key you supplied, not Meta's"
              + " published key.")
  Path keyRecord;

  @Option(
      names = "--lang",
      paramLabel = "de|en",
      converter = LanguageConverter.class,
      description = "Language of the report and the receipt (default: the system's, else en).")
  Language language = LanguageConverter.systemDefault();

  @Override
  Language language() {
    return language;
  }

  @Override
  ExitCode doCall() {
    Messages messages = Messages.of(language);
    if (!Files.isDirectory(folder)) {
      throw new ExitException(ExitCode.BAD_INPUT, messages.text("verify.no.folder", folder));
    }
    Optional<String> refusal;
    try {
      refusal = FolderRefusal.of(BundleCheck.of(folder), folder, messages);
    } catch (EvidenceException e) {
      refusal = Optional.of(e.getMessage());
    }
    if (refusal.isPresent()) {
      throw new ExitException(ExitCode.BAD_INPUT, refusal.get());
    }
    byte[] eml;
    MailCheck check;
    try {
      eml = Files.readAllBytes(message);
      check =
          new MailChecker(keyRecord == null ? KeySource.dns() : KeySource.file(keyRecord))
              .check(eml);
    } catch (TooDeeplyNestedException e) {
      throw new ExitException(
          ExitCode.BAD_INPUT, messages.text("mail.too.deep", message, e.limit()));
    } catch (IOException e) {
      throw new ExitException(
          ExitCode.BAD_INPUT, messages.text("mail.unreadable", message, e.getMessage()));
    }
    Optional<String> missing = missingHeaders(check);
    if (missing.isPresent()) {
      throw new ExitException(
          ExitCode.BAD_INPUT,
          messages.text("mail.not.a.mail", message, messages.text(missing.get())));
    }
    Path addendum;
    try {
      addendum =
          new AddendumWriter(Tool.current(), messages, Clock.systemDefaultZone())
              .add(folder, MailAddendum.of(eml, check));
    } catch (EvidenceException e) {
      throw new ExitException(ExitCode.EVIDENCE_FAILED, e.getMessage());
    }
    new MailReport(messages, spec.commandLine().getOut()).print(check, addendum);
    return ExitCode.OK;
  }

  /** Every mail has a sender and a date; a file without them is no saved e-mail. */
  private static Optional<String> missingHeaders(MailCheck check) {
    boolean noSender = check.sender().isEmpty();
    boolean noDate = check.date().isEmpty();
    if (noSender && noDate) {
      return Optional.of("mail.missing.sender_and_date");
    }
    if (noSender || noDate) {
      return Optional.of(noSender ? "mail.missing.sender" : "mail.missing.date");
    }
    return Optional.empty();
  }
}
