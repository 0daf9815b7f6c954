package org.objectionhelper.replica;

/**
 * The replica's hostile pages: each one an attack a page could make on the tool's word, apart from
 * the variety of honest pages ({@link Variety}) and the real site's quirks ({@link Quirk}). Each is
 * a script in replica/hostile.js; SECURITY.md, "What we tried", says what the tool does.
 */
public enum Hostility {
  /** A capture-phase submit listener puts {@link #OTHER_EMAIL} into the e-mail field. */
  REWRITES_IN_CAPTURE_PHASE,
  /** After the submit event, just before the request, the field gets another address. */
  REWRITES_BEFORE_THE_REQUEST,
  /** The field keeps the person's address; the request's body carries another. */
  SWAPS_THE_REQUEST_BODY,
  /** At submit the e-mail field is replaced by a clone holding another address. */
  REPLACES_THE_FIELD_BY_A_CLONE,
  /** At submit a hidden field with the e-mail field's name and another address is added. */
  ADDS_A_HIDDEN_FIELD_OF_THE_SAME_NAME,
  /** Meta's confirmation dialog is open from the start, before anything was sent. */
  SHOWS_A_CONFIRMATION_BEFORE_SEND,
  /** Send shows the confirmation, and nothing leaves the browser. */
  CONFIRMS_WITHOUT_SENDING,
  /** The form is sent; the confirmation then shows on a host the profile does not allow. */
  CONFIRMS_ON_ANOTHER_HOST,
  /** The form is sent; the page shows the confirmation and an error at once. */
  CONFIRMS_WITH_AN_ERROR,
  /** Once the form is filled, the page clicks its own Send. */
  CLICKS_ITS_OWN_SEND,
  /** Once the form is filled, the page calls {@code form.submit()}. */
  SUBMITS_ITSELF,
  /** As it loads, the page posts the form with another address. */
  POSTS_AT_LOAD,
  /** The page's {@code sessionStorage} throws at every use. */
  BREAKS_SESSION_STORAGE;

  /** The address the hostile pages put in. */
  public static final String OTHER_EMAIL = "mallory@example.net";

  /** Where {@link #CONFIRMS_ON_ANOTHER_HOST} shows its confirmation, under the name localhost. */
  static final String FOREIGN_CONFIRMATION_PATH = "/elsewhere/confirmed";
}
