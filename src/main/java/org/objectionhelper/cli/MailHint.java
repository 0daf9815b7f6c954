package org.objectionhelper.cli;

import java.nio.file.Path;
import java.util.List;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.Outcome;

/**
 * After a sent objection: look for Meta's confirmation e-mail, save it, and add it to the proof.
 * People overlook that mail, and it is the one piece of proof Meta signs itself.
 */
final class MailHint {
  private MailHint() {}

  static void tell(Narrator narrator, List<Outcome> outcomes) {
    List<Path> sent =
        outcomes.stream()
            .filter(Outcome::sent)
            .flatMap(outcome -> outcome.evidence().stream())
            .toList();
    if (sent.isEmpty()) {
      return;
    }
    narrator.say("mail.hint");
    sent.forEach(folder -> narrator.say("mail.hint.command", folder.toAbsolutePath()));
  }
}
