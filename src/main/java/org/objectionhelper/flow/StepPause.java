package org.objectionhelper.flow;

import java.time.Duration;
import java.util.Optional;
import org.objectionhelper.page.Match;
import org.objectionhelper.page.SeenPage;
import org.objectionhelper.profile.PersonStep;

/**
 * Waits while the person does a step only they can do (a code from an e-mail), with guidance in the
 * page and the terminal; says so each time the page turns down an answer (a wrong code), so they
 * try again.
 */
final class StepPause {
  private final Duration timeout;
  private final PersonAtThePage person;
  private final Narrator narrator;
  private final PatientWait wait;

  StepPause(Duration timeout, PersonAtThePage person, Narrator narrator, PatientWait wait) {
    this.timeout = timeout;
    this.person = person;
    this.narrator = narrator;
    this.wait = wait;
  }

  /** The first of the profile's steps that shows now. */
  static Optional<PersonStep> showing(SeenPage page) {
    return page.profile().steps().stream().filter(step -> shows(page, step)).findFirst();
  }

  /** Waits for each of the profile's steps that shows now, once each, in profile order. */
  void forEachShowing(SeenPage page) {
    for (PersonStep step : page.profile().steps()) {
      if (shows(page, step)) {
        untilDone(page, step);
      }
    }
  }

  void untilDone(SeenPage page, PersonStep step) {
    String kind = step.kind().key();
    narrator.say("pause." + kind, narrator.platform(page.profile()), timeout);
    Match[] reported = {null};
    wait.until(
            "pause.still.waiting",
            timeout,
            () -> {
              Optional<Match> rejected = page.findNow(step.rejected());
              if (rejected.isPresent() && !rejected.get().equals(reported[0])) {
                narrator.say("pause.rejected");
                reported[0] = rejected.get();
              }
              narrator.show(
                  page.overlay(),
                  rejected.isPresent() ? "pause.rejected" : "pause." + kind + ".banner");
              person.duringPause(step.name());
              return done(page, step) ? Optional.of(Boolean.TRUE) : Optional.empty();
            })
        .orElseThrow(() -> ExitException.pauseTimedOut(narrator.messages(), timeout));
    page.overlay().clear();
  }

  private static boolean shows(SeenPage page, PersonStep step) {
    return page.findNow(step.shows()).isPresent();
  }

  private static boolean done(SeenPage page, PersonStep step) {
    return step.done().isEmpty() ? !shows(page, step) : page.findNow(step.done()).isPresent();
  }
}
