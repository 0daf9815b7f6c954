package org.objectionhelper.flow;

import java.util.Optional;
import org.objectionhelper.page.AmbiguousFieldException;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.page.Poll;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.FieldSpec;

/**
 * Waits for the form's e-mail field. Where the page asks a question first (choices, a single button
 * to go on) or is Meta's privacy hub (a choice of requests), tells the person in the page and the
 * terminal and waits, as long as the login timeout allows, for them to answer or choose. The tool
 * never answers itself. Where the address shows nothing (Meta's words), says so at once.
 */
final class QuestionWait {
  /** What stood before the form, or that the address shows nothing at all. */
  enum Before {
    NOTHING,
    QUESTION,
    PRIVACY_HUB,
    UNAVAILABLE
  }

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

  /**
   * Returns once the form shows (or at once where the address shows nothing): what came first.
   * Where the form shows at once, this costs one look at the page.
   */
  Before untilFormShows(FormPage page) {
    FieldSpec email = page.profile().field(FieldRole.EMAIL).orElseThrow();
    Optional<Before> first =
        Poll.until(
            settings.findTimeout(),
            () -> formShows(page, email) ? Optional.of(Before.NOTHING) : before(page));
    if (first.isEmpty()) {
      throw page.notFound(email, settings.findTimeout());
    }
    Before shown = first.get();
    if (shown == Before.QUESTION) {
      awaitAnswer(page, email, "question.first", "question");
    } else if (shown == Before.PRIVACY_HUB) {
      awaitAnswer(page, email, "hub.first", "privacy-hub");
    }
    return shown;
  }

  /**
   * @param what the message key of the terminal line; with {@code .banner}, of the page's banner
   * @param stepName what the person is told the step is called
   */
  private void awaitAnswer(FormPage page, FieldSpec email, String what, String stepName) {
    narrator.say(what, narrator.platform(page.profile()), settings.loginTimeout());
    wait.until(
            "pause.still.waiting",
            settings.loginTimeout(),
            () -> {
              narrator.show(page.overlay(), what + ".banner");
              person.duringPause(page, stepName);
              return formShows(page, email) ? Optional.of(true) : Optional.empty();
            })
        .orElseThrow(
            () -> FlowAbortedException.pauseTimedOut(narrator.messages(), settings.loginTimeout()));
    page.overlay().clear();
  }

  /** Meta's words that nothing is here come first: such a page may still offer a link or two. */
  private static Optional<Before> before(FormPage page) {
    if (page.unavailable().isPresent()) {
      return Optional.of(Before.UNAVAILABLE);
    }
    if (page.onPrivacyHub(page.address())) {
      return Optional.of(Before.PRIVACY_HUB);
    }
    return page.asksAQuestion() ? Optional.of(Before.QUESTION) : Optional.empty();
  }

  private static boolean formShows(FormPage page, FieldSpec email) {
    try {
      return page.findNow(email).isPresent();
    } catch (AmbiguousFieldException twoCandidates) {
      return true;
    }
  }
}
