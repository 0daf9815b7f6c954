package org.objectionhelper.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.profile.ReasonTemplates;
import org.objectionhelper.questions.Answers;
import org.objectionhelper.questions.EvidenceRoot;
import org.objectionhelper.questions.Questionnaire;
import org.objectionhelper.questions.Rejected;

/**
 * The questions of {@code objection assist} ({@link Questionnaire}) in the terminal, one at a time,
 * each with its default where it has one and a way back to the one before: consent, platforms,
 * e-mail, reason, folder, start.
 */
final class AssistSession {
  /** The person said no: to the explanation, or at the last question. */
  static final class Declined extends RuntimeException {
    Declined() {
      super("declined", null, false, false);
    }
  }

  private final Dialogue dialogue;
  private final Questionnaire questions;
  private String consent;
  private List<Platform> platforms;
  private String email;
  private Optional<String> reason;
  private EvidenceRoot folder;

  AssistSession(Dialogue dialogue, ReasonTemplates templates, Path suggestedFolder) {
    this.dialogue = dialogue;
    this.questions = new Questionnaire(dialogue.narrator().messages(), templates, suggestedFolder);
  }

  /**
   * @throws Declined if the person does not agree or does not want to begin
   * @throws Dialogue.Ended if the input ends first
   */
  Answers run() {
    List<Runnable> steps =
        List.of(
            this::consent, this::platforms, this::email, this::reason, this::folder, this::begin);
    int next = 0;
    while (next < steps.size()) {
      try {
        steps.get(next).run();
        next++;
      } catch (Dialogue.Back back) {
        next = Math.max(0, next - 1);
      }
    }
    ObjectionRequest request =
        new ObjectionRequest(email, Optional.empty(), reason).withConsent(consent);
    return new Answers(platforms, request, folder);
  }

  private void consent() {
    dialogue.narrator().say("assist.intro");
    dialogue.narrator().say("assist.intro.back");
    if (!dialogue.yes(Optional.empty(), "assist.consent")) {
      throw new Declined();
    }
    consent = questions.consentRecord();
  }

  private void platforms() {
    int count = Questionnaire.PLATFORMS.options().size();
    int byDefault = Questionnaire.PLATFORMS.byDefault();
    platforms =
        Questionnaire.PLATFORMS.option(dialogue.choose(1, count, byDefault, "assist.platforms"));
  }

  private void email() {
    while (true) {
      try {
        String address = questions.email(dialogue.ask("assist.email"));
        if (dialogue.yes(Optional.of(true), "assist.email.confirm", address)) {
          email = address;
          return;
        }
      } catch (Rejected typo) {
        dialogue.narrator().say(typo.key(), typo.values());
      }
    }
  }

  private void reason() {
    Narrator narrator = dialogue.narrator();
    narrator.say("assist.reason");
    narrator.say("assist.reason.none");
    List<String> templates = questions.templates();
    for (int i = 0; i < templates.size(); i++) {
      narrator.say("assist.reason.template", i + 1, templates.get(i));
    }
    int own = questions.ownWords();
    narrator.say("assist.reason.own", own);
    int choice = dialogue.choose(0, own, 0, "assist.reason.choose");
    if (choice != own) {
      reason = questions.reason(choice, "");
      return;
    }
    while (true) {
      try {
        reason = questions.reason(own, dialogue.ask("assist.reason.type"));
        return;
      } catch (Rejected unusable) {
        dialogue.narrator().say(unusable.key(), unusable.values());
      }
    }
  }

  private void folder() {
    while (true) {
      try {
        folder = questions.folder(dialogue.ask("assist.folder", questions.suggestedFolder()));
        return;
      } catch (Rejected unusable) {
        dialogue.narrator().say(unusable.key(), unusable.values());
      }
    }
  }

  private void begin() {
    String names =
        platforms.stream()
            .map(questions.messages()::platformName)
            .collect(Collectors.joining(", "));
    String withReason =
        questions
            .messages()
            .text(reason.isPresent() ? "assist.ready.reason" : "assist.ready.no.reason");
    dialogue.narrator().say("assist.ready", names, email, withReason, folder.path());
    if (!dialogue.yes(Optional.of(true), "assist.start")) {
      throw new Declined();
    }
  }
}
