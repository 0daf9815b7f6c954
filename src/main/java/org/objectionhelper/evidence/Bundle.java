package org.objectionhelper.evidence;

/** The names of the files in an evidence folder, in the order a run writes them. */
public final class Bundle {
  public static final String FORM_FILLED = "01-form-filled.png";
  public static final String CONFIRMATION = "02-confirmation.png";

  /** Instead of the confirmation: Meta answered the Send with an error. */
  public static final String SEND_ERROR = "02-send-error.png";

  public static final String CONFIRMATION_FULL = "03-confirmation-full.png";
  public static final String CONFIRMATION_PDF = "confirmation.pdf";
  public static final String RECEIPT = "receipt.html";

  /** In an addendum: Meta's message in the Support Inbox as the person saw it. */
  public static final String INBOX_MESSAGE = "inbox.png";

  private Bundle() {}
}
