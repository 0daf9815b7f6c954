package org.objectionhelper.replica;

/**
 * How the replica's form page looks, in the ways pages written by others differ from ours: how
 * fields are labelled, what kind of control each is, where the login is, what Send is and how the
 * confirmation shows. The bundled profiles must cope with every combination unchanged. Switchable
 * on a running replica (see {@link ReplicaSite#vary}), so that one browser serves many variants.
 *
 * @param generatedNames field names generated per request, as Meta's help-center forms do
 * @param loginElsewhere the login gate at another address, with other input names
 * @param questionFirst a question ("Ja/Nein", "Weiter") before the form
 * @param readOnlyEmail the e-mail field prefilled with the account's address and read-only
 * @param rewordedLabels labels none of the profile's label locators knows, as {@link
 *     Quirk#RELABELLED}
 * @param secondEmailField a second e-mail field ("confirm your address"), so that two fit the role
 */
public record Variety(
    LabelStyle labels,
    EmailInput email,
    CountryField country,
    SendControl send,
    ConfirmationStyle confirmation,
    boolean generatedNames,
    boolean loginElsewhere,
    boolean questionFirst,
    boolean readOnlyEmail,
    boolean rewordedLabels,
    boolean secondEmailField) {

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

  public enum CountryField {
    SELECT,
    COMBOBOX,
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

  /** The replica as it always was: labels with {@code for}, a select, a button, a dialog. */
  public static final Variety STANDARD =
      new Variety(
          LabelStyle.LABEL_FOR,
          EmailInput.EMAIL,
          CountryField.SELECT,
          SendControl.BUTTON,
          ConfirmationStyle.DIALOG,
          false,
          false,
          false,
          false,
          false,
          false);

  public Variety with(LabelStyle labels) {
    return new Variety(
        labels,
        email,
        country,
        send,
        confirmation,
        generatedNames,
        loginElsewhere,
        questionFirst,
        readOnlyEmail,
        rewordedLabels,
        secondEmailField);
  }

  public Variety with(EmailInput email) {
    return new Variety(
        labels,
        email,
        country,
        send,
        confirmation,
        generatedNames,
        loginElsewhere,
        questionFirst,
        readOnlyEmail,
        rewordedLabels,
        secondEmailField);
  }

  public Variety with(CountryField country) {
    return new Variety(
        labels,
        email,
        country,
        send,
        confirmation,
        generatedNames,
        loginElsewhere,
        questionFirst,
        readOnlyEmail,
        rewordedLabels,
        secondEmailField);
  }

  public Variety with(SendControl send) {
    return new Variety(
        labels,
        email,
        country,
        send,
        confirmation,
        generatedNames,
        loginElsewhere,
        questionFirst,
        readOnlyEmail,
        rewordedLabels,
        secondEmailField);
  }

  public Variety with(ConfirmationStyle confirmation) {
    return new Variety(
        labels,
        email,
        country,
        send,
        confirmation,
        generatedNames,
        loginElsewhere,
        questionFirst,
        readOnlyEmail,
        rewordedLabels,
        secondEmailField);
  }

  public Variety withGeneratedNames() {
    return new Variety(
        labels,
        email,
        country,
        send,
        confirmation,
        true,
        loginElsewhere,
        questionFirst,
        readOnlyEmail,
        rewordedLabels,
        secondEmailField);
  }

  public Variety withLoginElsewhere() {
    return new Variety(
        labels,
        email,
        country,
        send,
        confirmation,
        generatedNames,
        true,
        questionFirst,
        readOnlyEmail,
        rewordedLabels,
        secondEmailField);
  }

  public Variety withQuestionFirst() {
    return new Variety(
        labels,
        email,
        country,
        send,
        confirmation,
        generatedNames,
        loginElsewhere,
        true,
        readOnlyEmail,
        rewordedLabels,
        secondEmailField);
  }

  public Variety withReadOnlyEmail() {
    return new Variety(
        labels,
        email,
        country,
        send,
        confirmation,
        generatedNames,
        loginElsewhere,
        questionFirst,
        true,
        rewordedLabels,
        secondEmailField);
  }

  public Variety withRewordedLabels() {
    return new Variety(
        labels,
        email,
        country,
        send,
        confirmation,
        generatedNames,
        loginElsewhere,
        questionFirst,
        readOnlyEmail,
        true,
        secondEmailField);
  }

  public Variety withSecondEmailField() {
    return new Variety(
        labels,
        email,
        country,
        send,
        confirmation,
        generatedNames,
        loginElsewhere,
        questionFirst,
        readOnlyEmail,
        rewordedLabels,
        true);
  }

  @Override
  public String toString() {
    return labels
        + "/"
        + email
        + "/"
        + country
        + "/"
        + send
        + "/"
        + confirmation
        + (generatedNames ? "/generated-names" : "")
        + (loginElsewhere ? "/login-elsewhere" : "")
        + (questionFirst ? "/question-first" : "")
        + (readOnlyEmail ? "/read-only-email" : "")
        + (rewordedLabels ? "/reworded-labels" : "")
        + (secondEmailField ? "/second-email-field" : "");
  }
}
