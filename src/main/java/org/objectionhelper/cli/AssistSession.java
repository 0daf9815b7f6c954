package org.objectionhelper.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.Language;
import org.objectionhelper.profile.Platform;
import org.objectionhelper.profile.ReasonTemplates;

/**
 * The questions of {@code objection assist}, one at a time, each with a default where one is
 * sensible and a way back to the one before: consent, platforms, e-mail, reason, folder, start.
 */
final class AssistSession {
  /** Everything the person answered; the request already carries their consent. */
  record Answers(List<Platform> platforms, ObjectionRequest request, EvidenceRoot evidenceRoot) {}

  /** The person said no: to the explanation, or at the last question. */
  static final class Declined extends RuntimeException {
    Declined() {
      super("declined", null, false, false);
    }
  }

  private static final List<List<Platform>> PLATFORM_CHOICES =
      List.of(
          List.of(Platform.INSTAGRAM),
          List.of(Platform.FACEBOOK),
          List.of(Platform.INSTAGRAM, Platform.FACEBOOK));

  private final Dialogue dialogue;
  private final Messages messages;
  private final List<String> templates;
  private final Path suggestedFolder;
  private String consent;
  private List<Platform> platforms;
  private String email;
  private Optional<String> reason;
  private EvidenceRoot folder;

  AssistSession(Dialogue dialogue, ReasonTemplates templates, Path suggestedFolder) {
    this.dialogue = dialogue;
    this.messages = dialogue.narrator().messages();
    this.templates = inLanguage(templates, messages.language());
    this.suggestedFolder = suggestedFolder;
  }

  /**
   * @throws Declined if the person does not agree or does not want to begin
   * @throws Dialogue.Ended if the input ends first
   */
  Answers run() {
    List<Runnable> questions =
        List.of(
            this::consent, this::platforms, this::email, this::reason, this::folder, this::begin);
    int next = 0;
    while (next < questions.size()) {
      try {
        questions.get(next).run();
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
    String explanation = messages.text("assist.intro");
    dialogue.narrator().say("assist.intro");
    if (!dialogue.yes(Optional.empty(), "assist.consent")) {
      throw new Declined();
    }
    String agreed = messages.text("assist.words.yes").split(",")[0];
    consent =
        messages.text("assist.consent.record", agreed, explanation.replaceAll("\\s*\\n\\s*", " "));
  }

  private void platforms() {
    platforms = PLATFORM_CHOICES.get(dialogue.choose(1, 3, 3, "assist.platforms") - 1);
  }

  private void email() {
    while (true) {
      String typed = dialogue.ask("assist.email");
      try {
        String address = EmailAddress.parse(typed).value();
        if (dialogue.yes(Optional.of(true), "assist.email.confirm", address)) {
          email = address;
          return;
        }
      } catch (RequestInput.Rejected typo) {
        dialogue.narrator().say("assist.email.invalid", typed);
      }
    }
  }

  private void reason() {
    Narrator narrator = dialogue.narrator();
    narrator.say("assist.reason");
    narrator.say("assist.reason.none");
    for (int i = 0; i < templates.size(); i++) {
      narrator.say("assist.reason.template", i + 1, templates.get(i));
    }
    int own = templates.size() + 1;
    narrator.say("assist.reason.own", own);
    int choice = dialogue.choose(0, own, 0, "assist.reason.choose");
    if (choice == 0) {
      reason = Optional.empty();
    } else if (choice < own) {
      reason = RequestInput.reason(templates.get(choice - 1));
    } else {
      reason = ownWords();
    }
  }

  private Optional<String> ownWords() {
    while (true) {
      String typed = dialogue.ask("assist.reason.type");
      try {
        return RequestInput.reason(typed);
      } catch (RequestInput.Rejected unusable) {
        dialogue.narrator().say(unusable.key(), unusable.values());
      }
    }
  }

  private void folder() {
    while (true) {
      String typed = dialogue.ask("assist.folder", suggestedFolder);
      Optional<Path> meant =
          typed.isEmpty()
              ? Optional.of(suggestedFolder)
              : TypedFolder.parse(typed, Path.of(System.getProperty("user.home")));
      if (meant.isEmpty()) {
        dialogue.narrator().say("assist.folder.invalid", typed);
        continue;
      }
      Path chosen = meant.get();
      Optional<EvidenceRoot> writable = EvidenceRoot.ifWritable(chosen.toAbsolutePath());
      if (writable.isPresent()) {
        folder = writable.get();
        return;
      }
      dialogue.narrator().say("assist.folder.unwritable", chosen);
    }
  }

  private void begin() {
    String names = platforms.stream().map(messages::platformName).collect(Collectors.joining(", "));
    String withReason =
        messages.text(reason.isPresent() ? "assist.ready.reason" : "assist.ready.no.reason");
    dialogue.narrator().say("assist.ready", names, email, withReason, folder.path());
    if (!dialogue.yes(Optional.of(true), "assist.start")) {
      throw new Declined();
    }
  }

  private static List<String> inLanguage(ReasonTemplates templates, Language language) {
    List<String> texts = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> template : templates.all().entrySet()) {
      Optional.ofNullable(template.getValue().get(language.code())).ifPresent(texts::add);
    }
    return texts;
  }
}
