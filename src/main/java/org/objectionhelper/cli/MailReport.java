package org.objectionhelper.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.mail.DkimOutcome;
import org.objectionhelper.mail.KeyOrigin;
import org.objectionhelper.mail.MailCheck;
import org.objectionhelper.mail.Signer;

/** Tells the person what {@code add-mail} found in their e-mail and where it is kept. */
final class MailReport {
  private final Messages messages;
  private final PrintWriter out;

  MailReport(Messages messages, PrintWriter out) {
    this.messages = messages;
    this.out = out;
  }

  void print(MailCheck check, Path addendum) {
    out.println(messages.text("mail.headers", check.sender(), check.date(), check.subject()));
    out.println(
        messages.text(
            dkimMessage(check),
            check.signingDomain().orElse("?"),
            check
                .failure()
                .map(
                    failure ->
                        messages.text("mail.dkim.why." + failure.name().toLowerCase(Locale.ROOT)))
                .orElse("")));
    check
        .key()
        .ifPresent(
            key ->
                out.println(
                    messages.text(
                        key.origin() == KeyOrigin.SUPPLIED ? "mail.key.supplied" : "mail.key",
                        key.name(),
                        key.source())));
    if (check.confirmation().isEmpty()) {
      out.println(messages.text("mail.confirmation.none"));
    } else {
      // only a signature by Meta makes the sentences Meta's; anyone can write them
      String words =
          check.signer() == Signer.META ? "mail.confirmation" : "mail.confirmation.unproven";
      check.confirmation().forEach(sentence -> out.println(messages.text(words, sentence)));
    }
    out.println(messages.text("mail.kept", addendum));
    out.flush();
  }

  private static String dkimMessage(MailCheck check) {
    String outcome = "mail.dkim." + check.outcome().name().toLowerCase(Locale.ROOT);
    return check.outcome() != DkimOutcome.PASS || check.signer() == Signer.META
        ? outcome
        : outcome + "." + check.signer().name().toLowerCase(Locale.ROOT);
  }
}
