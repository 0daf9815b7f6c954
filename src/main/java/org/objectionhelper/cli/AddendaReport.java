package org.objectionhelper.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.objectionhelper.evidence.Addendum;
import org.objectionhelper.evidence.AddendumCheck;
import org.objectionhelper.evidence.ChainBreak;
import org.objectionhelper.evidence.FileCheck;
import org.objectionhelper.flow.InboxAddition;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.mail.MailAddition;

/**
 * The part of {@code verify}'s report about the addenda: one result per addendum, then its files.
 */
final class AddendaReport {
  private final Messages messages;
  private final PrintWriter out;

  AddendaReport(Messages messages, PrintWriter out) {
    this.messages = messages;
    this.out = out;
  }

  /** What the addition found when it was added: a mail's DKIM result, Meta's words in the inbox. */
  private String found(Addendum manifest) {
    if (manifest.kind().equals(InboxAddition.KIND)) {
      boolean recognised =
          !manifest.facts().getOrDefault(InboxAddition.CONFIRMATION_FACT, "").isEmpty();
      return messages.text(
          recognised ? "verify.addendum.inbox.recognised" : "verify.addendum.inbox.unrecognised");
    }
    return dkim(manifest);
  }

  private String dkim(Addendum manifest) {
    String result = manifest.facts().get(MailAddition.DKIM_FACT);
    if (result == null) {
      return "";
    }
    return messages.text(
        "verify.addendum.dkim",
        messages
            .textIfAny("addendum.value." + MailAddition.DKIM_FACT + "." + result)
            .orElse(result));
  }

  /** The kind of addendum in the person's words; a kind this version does not know, as it is. */
  private String kind(String kind) {
    return messages.textIfAny("verify.addendum.kind." + kind).orElse(kind);
  }

  private String explain(ChainBreak problem) {
    return messages.text(
        "verify.chain." + problem.kind().name().toLowerCase(Locale.ROOT),
        problem.values().toArray());
  }

  void print(List<AddendumCheck> addenda) {
    for (AddendumCheck addendum : addenda) {
      String result =
          addendum
              .problem()
              .map(problem -> messages.text("verify.addendum.broken", explain(problem)))
              .orElse(
                  messages.text(
                      addendum.isIntact() ? "verify.status.ok" : "verify.addendum.files"));
      String what =
          addendum
              .addendum()
              .map(
                  manifest ->
                      messages.text(
                          "verify.addendum.what",
                          kind(manifest.kind()),
                          manifest.added().utc().truncatedTo(ChronoUnit.SECONDS),
                          found(manifest)))
              .orElse("");
      out.println(messages.text("verify.addendum", addendum.name(), what, result));
      for (FileCheck check : addendum.files()) {
        VerifyCommand.line(out, messages, addendum.name() + "/" + check.name(), check);
      }
    }
    if (!addenda.isEmpty() && addenda.stream().allMatch(AddendumCheck::isIntact)) {
      out.println(messages.text("verify.chain.intact", addenda.size()));
    }
  }
}
