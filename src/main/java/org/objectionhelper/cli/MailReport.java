package org.objectionhelper.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.mail.MailCheck;

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
            "mail.dkim." + check.outcome().name().toLowerCase(Locale.ROOT),
            check.signingDomain().orElse("?"),
            check
                .failure()
                .map(
                    failure ->
                        messages.text("mail.dkim.why." + failure.name().toLowerCase(Locale.ROOT)))
                .orElse("")));
    check.key().ifPresent(key -> out.println(messages.text("mail.key", key.name(), key.source())));
    if (check.confirmation().isEmpty()) {
      out.println(messages.text("mail.confirmation.none"));
    } else {
      check
          .confirmation()
          .forEach(sentence -> out.println(messages.text("mail.confirmation", sentence)));
    }
    out.println(messages.text("mail.kept", addendum));
    out.flush();
  }
}
