package org.objectionhelper.flow;

import java.util.Optional;
import org.objectionhelper.page.AmbiguousFieldException;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.page.Poll;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.FieldSpec;

/**
 * Waits for the form's e-mail field; where the page asks a question first (choices, a single button
 * to go on), tells the person in the page and the terminal and waits, as long as the login timeout
 * allows, for them to answer it. The tool never answers itself.
 */
final class QuestionWait {
  private final FlowSettings settings;
  private final Person person;
  private final Narrator narrator;
  private final PatientWait wait;

  QuestionWait(FlowSettings settings, Person person, Narrator narrator, PatientWait wait) {
    this.settings = settings;
    this.person = person;
    this.narrator = narrator;
    this.wait = wait;
  }

  /** Returns whether the page asked a question first. */
  boolean untilFormShows(FormPage page) {
    FieldSpec email = page.profile().field(FieldRole.EMAIL).orElseThrow();
    Optional<Boolean> formShows =
        Poll.until(
            settings.findTimeout(),
            () -> formShows(page, email) ? Optional.of(true) : question(page));
    if (formShows.isEmpty()) {
      throw page.notFound(email, settings.findTimeout());
    }
    if (formShows.get()) {
      return false;
    }
    narrator.say("question.first", page.profile().name(), Minutes.of(settings.loginTimeout()));
    wait.until(
            "pause.still.waiting",
            settings.loginTimeout(),
            () -> {
              narrator.show(page.overlay(), "question.first.banner");
              person.duringPause(page, "question");
              return formShows(page, email) ? Optional.of(true) : Optional.empty();
            })
        .orElseThrow(
            () -> FlowAbortedException.pauseTimedOut(narrator.messages(), settings.loginTimeout()));
    page.overlay().clear();
    return true;
  }

  private static Optional<Boolean> question(FormPage page) {
    return page.asksAQuestion() ? Optional.of(false) : Optional.empty();
  }

  private static boolean formShows(FormPage page, FieldSpec email) {
    try {
      return page.findNow(email).isPresent();
    } catch (AmbiguousFieldException twoCandidates) {
      return true;
    }
  }
}
