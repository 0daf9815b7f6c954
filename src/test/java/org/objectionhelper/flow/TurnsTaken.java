package org.objectionhelper.flow;

import java.util.ArrayList;
import java.util.List;

/** A person who does nothing but is noted each time the flow gives them a turn. */
final class TurnsTaken implements PersonAtThePage {
  private final List<String> turns = new ArrayList<>();

  @Override
  public void duringLogin() {
    turns.add("login");
  }

  @Override
  public void duringReview() {
    turns.add("review");
  }

  @Override
  public void duringPause(String stepName) {
    turns.add("pause " + stepName);
  }

  /** Whether the flow gave the person {@code turn} at least once. */
  boolean had(String turn) {
    return turns.contains(turn);
  }
}
