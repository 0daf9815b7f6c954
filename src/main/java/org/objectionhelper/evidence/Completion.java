package org.objectionhelper.evidence;

/**
 * Whether a run got as far as Meta's confirmation. An incomplete run keeps its evidence and always
 * says why it stopped.
 */
public record Completion(boolean complete, String incompleteReason) {

  public Completion {
    if (complete && incompleteReason != null) {
      throw new IllegalArgumentException(
          "a complete run has no incomplete reason: " + incompleteReason);
    }
    if (!complete && (incompleteReason == null || incompleteReason.isBlank())) {
      throw new IllegalArgumentException("an incomplete run must say why it is incomplete");
    }
  }

  public static Completion completed() {
    return new Completion(true, null);
  }

  public static Completion incomplete(String reason) {
    return new Completion(false, reason);
  }
}
