package org.objectionhelper.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import org.objectionhelper.evidence.TimestampTrust;
import org.objectionhelper.i18n.Messages;

/**
 * The line of {@code verify}'s report that says whether the timestamp's authority is trusted, and
 * by what.
 */
final class TrustReport {
  private final Messages messages;
  private final PrintWriter out;

  TrustReport(Messages messages, PrintWriter out) {
    this.messages = messages;
    this.out = out;
  }

  void print(Path token, List<X509Certificate> named, Path namedFile) {
    TimestampTrust.judge(token, named)
        .ifPresent(
            trust ->
                VerifyCommand.line(
                    out,
                    messages.text(trust.trusted() ? "verify.status.ok" : "verify.status.untrusted"),
                    messages.text("verify.trust.authority"),
                    messages.text(
                        "verify.trust." + trust.verdict().name().toLowerCase(Locale.ROOT),
                        trust.authority(),
                        namedFile)));
  }
}
