package org.objectionhelper.questions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.ReasonTemplates;

/**
 * What the assistant asks, in the terminal ({@code assist}) and in the page ({@code assist
 * --in-browser}): the choices, the defaults, and how each answer is checked. Both ask in this
 * order: language, consent, platforms, accounts, e-mail, reason, folder. A check that fails throws
 * {@link Rejected} with the message to show, the same in the terminal and beside the field.
 */
public final class Questionnaire {
  /** The platforms offered: Instagram, Facebook, or both (the default). */
  public static final Choices<List<Platform>> PLATFORMS =
      new Choices<>(
          List.of(
              List.of(Platform.INSTAGRAM),
              List.of(Platform.FACEBOOK),
              List.of(Platform.INSTAGRAM, Platform.FACEBOOK)),
          3);

  /** How many accounts, each filed in a fresh browser; one by default. */
  public static final Choices<Integer> ACCOUNTS =
      new Choices<>(IntStream.rangeClosed(1, 5).boxed().toList(), 1);

  private final Messages messages;
  private final List<String> templates;
  private final Path suggestedFolder;

  /**
   * @param suggestedFolder where the proof goes unless the person names another folder
   */
  public Questionnaire(Messages messages, ReasonTemplates templates, Path suggestedFolder) {
    this.messages = messages;
    this.templates = inLanguage(templates, messages.language());
    this.suggestedFolder = suggestedFolder;
  }

  /** German where the system speaks German, else English; the person may choose the other. */
  public static Choices<Language> languages(Locale system) {
    List<Language> both = List.of(Language.DE, Language.EN);
    return new Choices<>(both, system.getLanguage().equals("de") ? 1 : 2);
  }

  public Messages messages() {
    return messages;
  }

  /** What will happen, which the person agrees to or not. */
  public String explanation() {
    return messages.text("assist.intro");
  }

  /** The consent as the evidence records it: what the person was told, and that they agreed. */
  public String consentRecord() {
    String agreed = messages.text("assist.words.yes").split(",")[0];
    return messages.text(
        "assist.consent.record", agreed, explanation().replaceAll("\\s*\\n\\s*", " "));
  }

  /**
   * @throws Rejected if it does not look like an e-mail address
   */
  public String email(String typed) {
    try {
      return EmailAddress.parse(typed).value();
    } catch (Rejected typo) {
      throw new Rejected("assist.email.invalid", typed == null ? "" : typed.strip());
    }
  }

  /** The templates' full texts in the person's language, numbered from 1 as offered. */
  public List<String> templates() {
    return templates;
  }

  /** The number of the choice "in my own words", after the templates; 0 is no reason. */
  public int ownWords() {
    return templates.size() + 1;
  }

  /**
   * @param choice 0 for none, a template's number, or {@link #ownWords()}
   * @param typed the person's own words, used only with {@link #ownWords()}
   * @throws Rejected if there is no such choice, or the own words cannot be filed
   */
  public Optional<String> reason(int choice, String typed) {
    if (choice == 0) {
      return Optional.empty();
    }
    if (choice > 0 && choice < ownWords()) {
      return TypedText.reason(templates.get(choice - 1));
    }
    if (choice == ownWords()) {
      return TypedText.reason(typed);
    }
    throw new Rejected("assist.choice.invalid");
  }

  public Path suggestedFolder() {
    return suggestedFolder;
  }

  /**
   * The folder for the proof: the suggested one where nothing was typed.
   *
   * @throws Rejected if the text names no folder, or one that cannot be written to
   */
  public EvidenceRoot folder(String typed) {
    String text = typed == null ? "" : typed.strip();
    Path chosen =
        text.isEmpty()
            ? suggestedFolder
            : TypedFolder.parse(text, Path.of(System.getProperty("user.home")))
                .orElseThrow(() -> new Rejected("assist.folder.invalid", text));
    return EvidenceRoot.ifWritable(chosen.toAbsolutePath())
        .orElseThrow(() -> new Rejected("assist.folder.unwritable", chosen));
  }

  private static List<String> inLanguage(ReasonTemplates templates, Language language) {
    List<String> texts = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> template : templates.all().entrySet()) {
      Optional.ofNullable(template.getValue().get(language.code())).ifPresent(texts::add);
    }
    return texts;
  }
}
