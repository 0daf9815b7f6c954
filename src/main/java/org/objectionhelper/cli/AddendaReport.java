package org.objectionhelper.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.objectionhelper.evidence.AddendumCheck;
import org.objectionhelper.evidence.AddendumManifest;
import org.objectionhelper.evidence.ChainBreak;
import org.objectionhelper.evidence.FileCheck;
import org.objectionhelper.flow.InboxAddendum;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.mail.KeptMail;
import org.objectionhelper.mail.MailAddendum;
import org.objectionhelper.mail.Signer;

/**
 * The part of {@code verify}'s report about the addenda: one result per addendum, then its files. A
 * kept mail's DKIM result is the one found again now, not the one its manifest records.
 */
final class AddendaReport {
  private static final String DKIM = MailAddendum.DKIM_FACT;
  private static final String SIGNER = MailAddendum.SIGNER_FACT;

  private final Messages messages;
  private final PrintWriter out;
  private final Map<String, KeptMail> mails;

  AddendaReport(Messages messages, PrintWriter out, Map<String, KeptMail> mails) {
    this.messages = messages;
    this.out = out;
    this.mails = mails;
  }

  /** What the addendum found: a mail's DKIM result checked again, Meta's words in the inbox. */
  private String found(String name, AddendumManifest manifest) {
    if (manifest.kind().equals(InboxAddendum.KIND)) {
      boolean recognised =
          !manifest.facts().getOrDefault(InboxAddendum.CONFIRMATION_FACT, "").isEmpty();
      return messages.text(
          recognised ? "verify.addendum.inbox.recognised" : "verify.addendum.inbox.unrecognised");
    }
    Optional<String> result =
        Optional.ofNullable(mails.get(name))
            .map(mail -> mail.check().outcome().fact())
            .or(() -> Optional.ofNullable(manifest.facts().get(MailAddendum.DKIM_FACT)));
    return result.map(dkim -> messages.text("verify.addendum.dkim", value(DKIM, dkim))).orElse("");
  }

  private String value(String fact, String value) {
    return messages.textIfAny("addendum.value." + fact + "." + value).orElse(value);
  }

  /** A kept mail's facts in words: its DKIM result, and whose signature it is where recorded. */
  private String described(String dkim, Optional<String> signer) {
    return value(DKIM, dkim) + signer.map(fact -> "; " + value(SIGNER, fact)).orElse("");
  }

  private Optional<String> contradiction(String name) {
    return Optional.ofNullable(mails.get(name))
        .filter(mail -> !mail.agreesWithManifest())
        .map(
            mail ->
                messages.text(
                    "verify.mail.contradicts",
                    described(mail.recorded().dkim(), mail.recorded().signer()),
                    described(
                        mail.check().outcome().fact(),
                        mail.recorded().signer().map(recorded -> mail.check().signer().fact()))));
  }

  /** Whose signature a kept mail carries, where it holds but is not Meta's with Meta's key. */
  private void signer(String name) {
    Optional.ofNullable(mails.get(name))
        .map(KeptMail::check)
        .filter(check -> check.signer() == Signer.SUPPLIED_KEY || check.signer() == Signer.NOT_META)
        .ifPresent(
            check ->
                out.println(
                    messages.text(
                        "verify.mail.signer." + check.signer().name().toLowerCase(Locale.ROOT),
                        name,
                        check.signingDomain().orElse("?"))));
  }

  /** The kind of addendum in the person's words; a kind this version does not know, as it is. */
  private String kind(String kind) {
    return messages.textIfAny("verify.addendum.kind." + kind).orElse(kind);
  }

  static String explain(Messages messages, ChainBreak problem) {
    return messages.text(
        "verify.chain." + problem.kind().name().toLowerCase(Locale.ROOT),
        problem.values().toArray());
  }

  void print(List<AddendumCheck> addenda) {
    for (AddendumCheck addendum : addenda) {
      String result =
          addendum
              .problem()
              .map(problem -> explain(messages, problem))
              .or(() -> contradiction(addendum.name()))
              .map(problem -> messages.text("verify.addendum.broken", problem))
              .orElse(
                  messages.text(
                      addendum.isIntact() ? "verify.status.ok" : "verify.addendum.files"));
      String what =
          addendum
              .manifest()
              .map(
                  manifest ->
                      messages.text(
                          "verify.addendum.what",
                          kind(manifest.kind()),
                          manifest.added().utc().truncatedTo(ChronoUnit.SECONDS),
                          found(addendum.name(), manifest)))
              .orElse("");
      out.println(messages.text("verify.addendum", addendum.name(), what, result));
      signer(addendum.name());
      for (FileCheck check : addendum.files()) {
        VerifyCommand.line(out, messages, addendum.name() + "/" + check.name(), check);
      }
    }
    if (!addenda.isEmpty()
        && addenda.stream().allMatch(AddendumCheck::isIntact)
        && mails.values().stream().allMatch(KeptMail::agreesWithManifest)) {
      out.println(messages.text("verify.chain.intact", addenda.size()));
    }
  }
}
