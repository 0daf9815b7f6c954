package org.objectionhelper.evidence;

import java.util.List;

/**
 * Why an addendum breaks the chain, as a kind and the values a message about it needs, so that the
 * report can say it in the person's language.
 */
public record ChainBreak(Kind kind, List<Object> values) {

  public enum Kind {
    /** values: the name expected there. */
    OUT_OF_ORDER,
    /** values: none. */
    NO_MANIFEST,
    /** values: the parser's message. */
    INVALID_MANIFEST,
    /** values: the manifest's schema version, the version this tool reads. */
    SCHEMA,
    /** values: the number the addendum gives itself. */
    NUMBER,
    /** values: the manifest it names, the one it should name. */
    NAMES_ANOTHER,
    /** values: the manifest before it. */
    PREVIOUS_MISSING,
    /** values: the manifest before it. */
    PREVIOUS_CHANGED
  }

  public ChainBreak {
    values = List.copyOf(values);
  }

  static ChainBreak of(Kind kind, Object... values) {
    return new ChainBreak(kind, List.of(values));
  }
}
