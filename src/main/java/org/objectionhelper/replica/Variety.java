package org.objectionhelper.replica;

import java.util.EnumSet;
import java.util.Set;

/**
 * How the replica's form page looks, in the ways pages written by others differ from ours: how
 * fields are labelled, what kind of control each is, where the login is, what Send is and how the
 * confirmation shows. The bundled profiles must cope with every combination unchanged. Switchable
 * on a running replica (see {@link ReplicaSite#vary}), so that one browser serves many variants.
 *
 * @param traits the page's further differences, each on or off
 */
public record Variety(
    LabelStyle labels,
    EmailInput email,
    CountryField country,
    SendControl send,
    ConfirmationStyle confirmation,
    Set<Trait> traits) {

  public Variety {
    traits = traits.isEmpty() ? EnumSet.noneOf(Trait.class) : EnumSet.copyOf(traits);
    if (traits.contains(Trait.SENT_BY_SCRIPT)
        && (send == SendControl.BUTTON
            || send == SendControl.INPUT
            || confirmation == ConfirmationStyle.NEW_PAGE)) {
      throw new IllegalArgumentException(
          "a page sent by script has a Send that is no submit button, and answers in the page: "
              + send
              + ", "
              + confirmation);
    }
  }

  public enum LabelStyle {
    LABEL_FOR,
    WRAPPING_LABEL,
    ARIA_LABELLEDBY,
    TEXT_BEFORE,
    PLACEHOLDER_ONLY
  }

  public enum EmailInput {
    EMAIL,
    TEXT
  }

  /**
   * The country list: a {@code <select>}, or a list a page's script draws (role=combobox). {@code
   * COMBOBOX} has its options in the page from the start; the others draw them only while open, a
   * little late, as after a fetch: after the control ({@code LAZY_LISTBOX}, opened by a click), in
   * a layer at the end of the body ({@code PORTAL_LISTBOX}, opened by the keyboard or its arrow
   * button), or under a text field, filtered by what is typed ({@code FILTER_INPUT}).
   */
  public enum CountryField {
    SELECT,
    COMBOBOX,
    LAZY_LISTBOX,
    PORTAL_LISTBOX,
    FILTER_INPUT,
    ABSENT
  }

  public enum SendControl {
    BUTTON,
    INPUT,
    DIV_ROLE_BUTTON,
    SPAN
  }

  /**
   * How Meta answers a Send; {@code UNRECOGNISED_TEXT} replaces the form by words no profile knows.
   */
  public enum ConfirmationStyle {
    DIALOG,
    INLINE_TEXT,
    NEW_PAGE,
    TOAST,
    UNRECOGNISED_TEXT
  }

  /** A difference a page has or has not, named in {@link #toString()} as it is here. */
  public enum Trait {
    /** Field names generated per request, as Meta's help-center forms do. */
    GENERATED_NAMES("generated-names"),
    /**
     * The page draws itself after loading, as Meta's React pages do: the address answers with the
     * form's heading at once and its fields a moment later, one after the other; logged out, the
     * same address draws a login dialog instead (no redirect), which returns to it.
     */
    DRAWN_LATE("drawn-late"),
    /**
     * The 2024 form known from users' reports: a reason of at least {@link #REASON_MINIMUM}
     * characters, with a counter, and a numeric code e-mailed after Send that must be typed in
     * before the objection is accepted.
     */
    FORM_2024("form-2024"),
    /** The login gate at another address, with other input names. */
    LOGIN_ELSEWHERE("login-elsewhere"),
    /** A question ("Ja/Nein", "Weiter") before the form. */
    QUESTION_FIRST("question-first"),
    /** The e-mail field prefilled with the account's address and read-only. */
    READ_ONLY_EMAIL("read-only-email"),
    /** Labels none of the profile's label locators knows, as {@link Quirk#REWORDED_LABELS}. */
    REWORDED_LABELS("reworded-labels"),
    /** A second e-mail field ("confirm your address"), so that two fit the role. */
    SECOND_EMAIL_FIELD("second-email-field"),
    /**
     * Send posts the form's fields by the page's own request, without the form's submit, as pages
     * built with a script framework do (Meta's are). Set it after the Send control and the
     * confirmation: only a control that is no submit button, answering in the page.
     */
    SENT_BY_SCRIPT("sent-by-script");

    private final String label;

    Trait(String label) {
      this.label = label;
    }
  }

  /** The fewest characters a reason takes on a page of {@link Trait#FORM_2024}. */
  public static final int REASON_MINIMUM = 100;

  /** The replica as it always was: labels with {@code for}, a select, a button, a dialog. */
  public static final Variety STANDARD =
      new Variety(
          LabelStyle.LABEL_FOR,
          EmailInput.EMAIL,
          CountryField.SELECT,
          SendControl.BUTTON,
          ConfirmationStyle.DIALOG,
          Set.of());

  public Variety with(LabelStyle labels) {
    return new Variety(labels, email, country, send, confirmation, traits);
  }

  public Variety with(EmailInput email) {
    return new Variety(labels, email, country, send, confirmation, traits);
  }

  public Variety with(CountryField country) {
    return new Variety(labels, email, country, send, confirmation, traits);
  }

  public Variety with(SendControl send) {
    return new Variety(labels, email, country, send, confirmation, traits);
  }

  public Variety with(ConfirmationStyle confirmation) {
    return new Variety(labels, email, country, send, confirmation, traits);
  }

  private Variety with(Trait trait) {
    Set<Trait> more = EnumSet.of(trait);
    more.addAll(traits);
    return new Variety(labels, email, country, send, confirmation, more);
  }

  public Variety withDrawingLate() {
    return with(Trait.DRAWN_LATE);
  }

  public Variety with2024Form() {
    return with(Trait.FORM_2024);
  }

  public Variety withGeneratedNames() {
    return with(Trait.GENERATED_NAMES);
  }

  public Variety withLoginElsewhere() {
    return with(Trait.LOGIN_ELSEWHERE);
  }

  public Variety withQuestionFirst() {
    return with(Trait.QUESTION_FIRST);
  }

  public Variety withReadOnlyEmail() {
    return with(Trait.READ_ONLY_EMAIL);
  }

  public Variety withRewordedLabels() {
    return with(Trait.REWORDED_LABELS);
  }

  public Variety withSecondEmailField() {
    return with(Trait.SECOND_EMAIL_FIELD);
  }

  public Variety withSentByScript() {
    return with(Trait.SENT_BY_SCRIPT);
  }

  public boolean drawnLate() {
    return traits.contains(Trait.DRAWN_LATE);
  }

  public boolean form2024() {
    return traits.contains(Trait.FORM_2024);
  }

  public boolean generatedNames() {
    return traits.contains(Trait.GENERATED_NAMES);
  }

  public boolean loginElsewhere() {
    return traits.contains(Trait.LOGIN_ELSEWHERE);
  }

  public boolean questionFirst() {
    return traits.contains(Trait.QUESTION_FIRST);
  }

  public boolean readOnlyEmail() {
    return traits.contains(Trait.READ_ONLY_EMAIL);
  }

  public boolean rewordedLabels() {
    return traits.contains(Trait.REWORDED_LABELS);
  }

  public boolean secondEmailField() {
    return traits.contains(Trait.SECOND_EMAIL_FIELD);
  }

  public boolean sentByScript() {
    return traits.contains(Trait.SENT_BY_SCRIPT);
  }

  @Override
  public String toString() {
    StringBuilder named =
        new StringBuilder(labels + "/" + email + "/" + country + "/" + send + "/" + confirmation);
    traits.forEach(trait -> named.append('/').append(trait.label));
    return named.toString();
  }
}
