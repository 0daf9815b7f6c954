package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.objectionhelper.basics.Language;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.mail.MailCheck;
import org.objectionhelper.mail.MailChecker;
import org.objectionhelper.mail.SignedMail;

/** Only a mail Meta signed, checked with Meta's published key, has "Meta's confirmation" in it. */
class MailReportTest {
  private final SignedMail mail = SignedMail.withTestKey();

  @Test
  void aMailSignedByMetaWithItsPublishedKeyShowsMetasConfirmation() throws IOException {
    String report = report(mail.signed());

    assertTrue(
        report.contains("DKIM: the signature holds: facebookmail.com sent this e-mail"), report);
    assertTrue(
        report.contains(
            "Meta's confirmation in the e-mail: \"Wir werden deinen Widerspruch berücksichtigen.\""),
        report);
  }

  @Test
  void aMailSignedByItsOwnSenderWhoIsNotMetaShowsNoConfirmationOfMetas() throws IOException {
    String report = report(mail.signed("evil.example", "security@evil.example"));

    assertTrue(report.contains("this e-mail is not signed by Meta"), report);
    assertFalse(report.contains("Meta's confirmation in the e-mail"), report);
    assertFalse(report.contains("sent this e-mail"), report);
  }

  private String report(String eml) throws IOException {
    MailCheck check = new MailChecker(mail.keys()).check(eml.getBytes(StandardCharsets.UTF_8));
    StringWriter out = new StringWriter();
    new MailReport(Messages.of(Language.EN), new PrintWriter(out)).print(check, Path.of("a"));
    return out.toString();
  }
}
