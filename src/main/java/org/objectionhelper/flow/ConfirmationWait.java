package org.objectionhelper.flow;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.objectionhelper.flow.AfterReview.Recognised;
import org.objectionhelper.page.AnsweringPage;
import org.objectionhelper.profile.PersonStep;

/**
 * From the review on, waits for Meta's answer to the person's Send, pausing for any step only the
 * person can do (a code from an e-mail). A confirmation counts only where it is new since the
 * review began, shows on a host the profile allows, and follows a request that carried the form
 * (where the browser records them). See "What Meta received" in docs/ARCHITECTURE.md.
 */
final class ConfirmationWait {
  private static final String IN_CONTAINERS = "in the profile's confirmation containers";
  private static final String ON_THE_PAGE =
      "on the whole page, after Send (the profile's containers held no match)";

  private final FlowSettings settings;
  private final PersonAtThePage person;
  private final Narrator narrator;
  private final PatientWait wait;
  private final Clock clock;
  private final StepPause pause;

  ConfirmationWait(
      FlowSettings settings,
      PersonAtThePage person,
      Narrator narrator,
      PatientWait wait,
      Clock clock,
      StepPause pause) {
    this.settings = settings;
    this.person = person;
    this.narrator = narrator;
    this.wait = wait;
    this.clock = clock;
    this.pause = pause;
  }

  /** The texts matching a confirmation that show before Send: an intro, a dialog already open. */
  static Set<String> showingBefore(AnsweringPage page) {
    Set<String> shown = new HashSet<>(page.confirmationLines());
    page.confirmation().ifPresent(shown::add);
    return shown;
  }

  /**
   * Returns Meta's answer once it shows, or once Meta's page took too long to give one after Send.
   *
   * @throws ExitException where the page looks sent though nothing left the browser, or nothing was
   *     sent within the review timeout
   */
  AfterReview await(AnsweringPage page, Review review) {
    while (true) {
      Verdict verdict =
          wait.until(
                  () -> review.sent() ? "review.after.send" : "review.still.waiting",
                  settings.reviewTimeout(),
                  () -> look(page, review))
              .or(
                  () ->
                      review.sent() ? Verdict.answered(AfterReview.UNRECOGNISED) : Optional.empty())
              .orElseThrow(
                  () ->
                      new ExitException(
                          ExitCode.NOT_SENT,
                          narrator
                              .messages()
                              .text("abort.review.timeout", settings.reviewTimeout())));
      if (verdict.answer().isPresent()) {
        return verdict.answer().get();
      }
      pause.untilDone(page, verdict.step().orElseThrow());
      review.answerTimeRestarts(clock.instant());
    }
  }

  private Optional<Verdict> look(AnsweringPage page, Review review) {
    person.duringReview();
    boolean sent = review.look(page.overlay(), narrator);
    if (review.sentByThePage(clock.instant())) {
      return Verdict.answered(AfterReview.UNRECOGNISED);
    }
    Optional<Recognised> shown = newConfirmation(page, review, sent);
    if (shown.isPresent() && (sent || !review.recorded()) && onMetasHost(page)) {
      return Verdict.answered(AfterReview.confirmed(shown.get(), page.sendError()));
    }
    boolean looksSent = shown.isPresent() || review.clicked().isPresent();
    if (review.nothingSentFor(clock.instant(), afterSend(), looksSent)) {
      throw new ExitException(
          ExitCode.NOT_SENT,
          narrator.messages().text("abort.nothing.sent", narrator.platform(page.profile())));
    }
    Optional<String> error = page.sendError();
    if (error.isPresent()) {
      return Verdict.answered(AfterReview.rejected(error.get()));
    }
    Optional<PersonStep> step = StepPause.showing(page);
    if (step.isEmpty() && review.answerOverdue(clock.instant(), afterSend())) {
      return Verdict.answered(AfterReview.UNRECOGNISED);
    }
    return step.map(Verdict::pause);
  }

  /**
   * A confirmation the page did not show before Send: in the profile's containers, else (once the
   * form was sent) in a line anywhere on the page.
   */
  private static Optional<Recognised> newConfirmation(
      AnsweringPage page, Review review, boolean sent) {
    Optional<Recognised> inContainers =
        page.confirmation().filter(review::isNew).map(text -> new Recognised(text, IN_CONTAINERS));
    if (inContainers.isPresent() || !sent) {
      return inContainers;
    }
    return page.confirmationLines().stream()
        .filter(review::isNew)
        .findFirst()
        .map(line -> new Recognised(line, ON_THE_PAGE));
  }

  /** A confirmation on a host the profile does not allow is not Meta's. */
  private static boolean onMetasHost(AnsweringPage page) {
    try {
      return page.onAllowedHost(page.address());
    } catch (IllegalArgumentException notAnAddress) {
      return false;
    }
  }

  /**
   * How long Meta's page may take to answer a Send before the tool says it does not recognise the
   * answer.
   */
  private Duration afterSend() {
    return settings.findTimeout().multipliedBy(2);
  }

  /** What one look found: Meta's answer, or a step the person must do before it comes. */
  private record Verdict(Optional<AfterReview> answer, Optional<PersonStep> step) {
    static Optional<Verdict> answered(AfterReview answer) {
      return Optional.of(new Verdict(Optional.of(answer), Optional.empty()));
    }

    static Verdict pause(PersonStep step) {
      return new Verdict(Optional.empty(), Optional.of(step));
    }
  }
}
