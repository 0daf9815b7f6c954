package org.objectionhelper.flow;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.objectionhelper.browser.BrowserFailure;
import org.objectionhelper.evidence.EvidenceException;
import org.objectionhelper.page.FormChangedException;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.page.Match;
import org.objectionhelper.page.NavigationRefusedException;
import org.objectionhelper.page.Poll;
import org.objectionhelper.profile.PersonStep;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One objection on one form: open, wait for the login, fill, wait for the person to send, keep the
 * evidence. See the state diagram in DESIGN.md. Nothing of the person goes into the log.
 */
public final class ObjectionFlow {
  private static final Logger LOG = LoggerFactory.getLogger(ObjectionFlow.class);
  private static final Duration TICK = Duration.ofMillis(250);
  private static final int MAX_RETURNS_TO_FORM = 3;

  private final FlowSettings settings;
  private final Person person;
  private final Narrator narrator;
  private final Clock clock;

  public ObjectionFlow(FlowSettings settings, Person person, Narrator narrator, Clock clock) {
    this.settings = settings;
    this.person = person;
    this.narrator = narrator;
    this.clock = clock;
  }

  public Outcome file(FormPage page, ObjectionRequest request, String browserVersion) {
    String platform = page.profile().name();
    EvidenceRecorder evidence =
        new EvidenceRecorder(
            settings.evidenceRoot(), page, narrator.messages().language(), browserVersion, clock);
    FlowState state = FlowState.OPEN;
    try {
      enter(state, page);
      narrator.say("flow.opening", platform);
      page.open();
      state = enter(FlowState.LOGIN_WAIT, page);
      awaitLogin(page);
      awaitStepsBeforeTheForm(page);
      state = enter(FlowState.FILL, page);
      List<FilledField> filled = new FormFiller(settings.findTimeout()).fill(page, request);
      state = enter(FlowState.REVIEW, page);
      presentForReview(page, filled);
      evidence.formFilled(page.screenshot(), filled, request.attachments());
      String confirmation = awaitConfirmation(page);
      state = enter(FlowState.SUBMITTED, page);
      narrator.say("flow.confirmed", platform);
      state = enter(FlowState.EVIDENCE, page);
      page.overlay().clear();
      evidence.confirmed(page.screenshot(), confirmation);
      enter(FlowState.DONE, page);
      narrator.say("flow.evidence.saved", evidence.folder().orElseThrow());
      return new Outcome(page.profile().platform(), ExitCode.SENT, "", evidence.folder());
    } catch (FlowAbortedException e) {
      return aborted(page, state, e.exitCode(), e.getMessage(), evidence);
    } catch (NoSuchWindowException | NoSuchSessionException e) {
      return aborted(page, state, ExitCode.NOT_SENT, narrator.messages().text("abort.window.closed"), evidence);
    } catch (FormChangedException | NavigationRefusedException e) {
      String message = narrator.messages().text("abort.form.changed", e.getMessage());
      return aborted(page, state, ExitCode.FORM_CHANGED, message, evidence);
    } catch (EvidenceException e) {
      return aborted(page, state, ExitCode.EVIDENCE_FAILED, e.getMessage(), evidence);
    } catch (Poll.InterruptedWait e) {
      return aborted(page, state, ExitCode.INTERRUPTED, narrator.messages().text("abort.interrupted"), evidence);
    } catch (WebDriverException e) {
      String message = narrator.messages().text("abort.browser", BrowserFailure.summary(e));
      return aborted(page, state, ExitCode.BROWSER_FAILED, message, evidence);
    }
  }

  private FlowState enter(FlowState state, FormPage page) {
    LOG.info("{}: {}", page.profile().platform().id(), state);
    return state;
  }

  private void awaitLogin(FormPage page) {
    for (int returns = 0; returns <= MAX_RETURNS_TO_FORM; returns++) {
      if (page.loginGateShows()) {
        String platform = page.profile().name();
        narrator.say("login.please", platform, minutes(settings.loginTimeout()));
        waitWhile(
            "login.still.waiting",
            settings.loginTimeout(),
            () -> {
              page.overlay().show(narrator.messages().text("login.banner", platform));
              person.duringLogin(page);
              return page.loginGateShows() ? Optional.empty() : Optional.of(Boolean.TRUE);
            })
            .orElseThrow(
                () ->
                    new FlowAbortedException(
                        ExitCode.LOGIN_TIMEOUT,
                        narrator.messages().text("abort.login.timeout", minutes(settings.loginTimeout()))));
      }
      if (page.showsForm()) {
        return;
      }
      narrator.say("login.back.to.form");
      page.open();
    }
    throw new FormChangedException("Meta did not show the form after login: " + page.currentUrl());
  }

  private void presentForReview(FormPage page, List<FilledField> filled) {
    narrator.say("review.summary", page.profile().name());
    for (FilledField field : filled) {
      narrator.say("review.field." + field.role(), field.value());
      if (!field.note().isEmpty()) {
        narrator.say(field.note());
      }
    }
    narrator.guide(page.overlay(), "review.banner", minutes(settings.reviewTimeout()));
  }

  /** What ends the wait after the review: Meta's confirmation, or a step only the person can do. */
  private record AfterReview(Optional<String> confirmation, Optional<PersonStep> step) {}

  private String awaitConfirmation(FormPage page) {
    while (true) {
      AfterReview next =
          waitWhile(
                  "review.still.waiting",
                  settings.reviewTimeout(),
                  () -> {
                    person.duringReview(page);
                    Optional<String> confirmation = page.confirmation();
                    return confirmation.isPresent()
                        ? Optional.of(new AfterReview(confirmation, Optional.empty()))
                        : stepShowing(page).map(step -> new AfterReview(Optional.empty(), Optional.of(step)));
                  })
              .orElseThrow(
                  () ->
                      new FlowAbortedException(
                          ExitCode.NOT_SENT,
                          narrator.messages().text("abort.review.timeout", minutes(settings.reviewTimeout()))));
      if (next.confirmation().isPresent()) {
        return next.confirmation().get();
      }
      pauseFor(page, next.step().orElseThrow());
    }
  }

  /** A question before the form (or a check) waits for the person, each step once, in profile order. */
  private void awaitStepsBeforeTheForm(FormPage page) {
    for (PersonStep step : page.profile().steps()) {
      if (page.findNow(step.shows()).isPresent()) {
        pauseFor(page, step);
      }
    }
  }

  private static Optional<PersonStep> stepShowing(FormPage page) {
    return page.profile().steps().stream().filter(step -> page.findNow(step.shows()).isPresent()).findFirst();
  }

  /**
   * Waits while the person does a step only they can do, with guidance in the page and the
   * terminal; says so each time the page turns down an answer (a wrong code), so they try again.
   */
  private void pauseFor(FormPage page, PersonStep step) {
    String kind = step.kind().key();
    narrator.say("pause." + kind, page.profile().name(), minutes(settings.reviewTimeout()));
    WebElement[] reported = {null};
    waitWhile(
            "pause.still.waiting",
            settings.reviewTimeout(),
            () -> {
              Optional<WebElement> rejected = page.findNow(step.rejected()).map(Match::element);
              if (rejected.isPresent() && !rejected.get().equals(reported[0])) {
                narrator.say("pause.rejected");
                reported[0] = rejected.get();
              }
              page.overlay().show(narrator.messages().text(rejected.isPresent() ? "pause.rejected" : "pause." + kind + ".banner"));
              person.duringPause(page, step.name());
              return stepDone(page, step) ? Optional.of(Boolean.TRUE) : Optional.empty();
            })
        .orElseThrow(
            () ->
                new FlowAbortedException(
                    ExitCode.NOT_SENT,
                    narrator.messages().text("abort.pause.timeout", minutes(settings.reviewTimeout()))));
    page.overlay().clear();
  }

  private static boolean stepDone(FormPage page, PersonStep step) {
    return step.done().isEmpty()
        ? page.findNow(step.shows()).isEmpty()
        : page.findNow(step.done()).isPresent();
  }

  /** Probes until it yields, telling the person every little while that the tool still waits. */
  private <T> Optional<T> waitWhile(String stillWaitingKey, Duration timeout, Supplier<Optional<T>> probe) {
    Instant start = clock.instant();
    Instant[] nextNotice = {start.plus(settings.progressEvery())};
    return Poll.until(
        timeout,
        TICK,
        () -> {
          Optional<T> result = probeTolerantly(probe);
          Instant now = clock.instant();
          if (result.isEmpty() && now.isAfter(nextNotice[0])) {
            Duration left = timeout.minus(Duration.between(start, now));
            narrator.say(stillWaitingKey, Math.max(0, left.toSeconds() / 60), left.toSecondsPart());
            nextNotice[0] = now.plus(settings.progressEvery());
          }
          return result;
        });
  }

  /** A page that is changing under the probe is not an answer yet. */
  private static <T> Optional<T> probeTolerantly(Supplier<Optional<T>> probe) {
    try {
      return probe.get();
    } catch (StaleElementReferenceException | JavascriptException changing) {
      return Optional.empty();
    }
  }

  private Outcome aborted(FormPage page, FlowState state, ExitCode code, String message, EvidenceRecorder evidence) {
    LOG.info("{}: {} in state {}", page.profile().platform().id(), code, state);
    Optional<Path> folder = evidence.abandon(state + ": " + code);
    narrator.say("flow.aborted", page.profile().name(), message);
    folder.ifPresent(path -> narrator.say("flow.evidence.incomplete", path));
    return new Outcome(page.profile().platform(), code, message, folder);
  }

  private static long minutes(Duration duration) {
    return Math.max(1, duration.toMinutes());
  }
}
