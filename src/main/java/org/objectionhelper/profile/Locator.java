package org.objectionhelper.profile;

import java.util.Locale;

/**
 * One way to find an element on a page, as written in a form profile ({@code label:
 * E-Mail-Adresse}). A field lists several, tried in order, so that a renamed id or a changed label
 * still leaves a way.
 */
public record Locator(Kind kind, String value) {

  public enum Kind {
    /** Visible text of a {@code <label>} (or an element named by aria-labelledby), prefix match. */
    LABEL,
    /** The element's {@code aria-label}, exact. */
    ARIA,
    /** The element's {@code name} attribute, exact. */
    NAME,
    /** The element's {@code placeholder}, exact. */
    PLACEHOLDER,
    /** Visible text of a button or link, exact after trimming. */
    TEXT,
    /** A CSS selector. */
    CSS;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How the locator reads in messages for maintainers: {@code label 'E-Mail-Adresse'}. */
  public String describe() {
    return kind.key() + " '" + value + "'";
  }
}
