package org.objectionhelper.flow;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.objectionhelper.evidence.EvidenceException;
import org.objectionhelper.evidence.TimestampAuthority;
import org.objectionhelper.evidence.TimestampException;
import org.objectionhelper.page.FormPage;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One objection on one form: open, wait for the login, fill, wait for the person to send, keep the
 * evidence. See the state diagram in DESIGN.md. Nothing of the person goes into the log.
 */
public final class ObjectionFlow {
  private static final Logger LOG = LoggerFactory.getLogger(ObjectionFlow.class);

  private final FlowSettings settings;
  private final Person person;
  private final Narrator narrator;
  private final Clock clock;
  private final PatientWait wait;

  public ObjectionFlow(FlowSettings settings, Person person, Narrator narrator, Clock clock) {
    this.settings = settings;
    this.person = person;
    this.narrator = narrator;
    this.clock = clock;
    this.wait = new PatientWait(narrator, clock, settings.progressEvery());
  }

  public Outcome file(FormPage page, ObjectionRequest request, String browserVersion) {
    String platform = page.profile().name();
    EvidenceRecorder evidence =
        new EvidenceRecorder(
            settings.evidenceRoot(), page, narrator.messages(), browserVersion, request.consent(), clock);
    FlowState state = FlowState.OPEN;
    try {
      enter(state, page);
      narrator.say("flow.opening", platform);
      page.open();
      state = enter(FlowState.LOGIN_WAIT, page);
      new LoginWait(settings.loginTimeout(), person, narrator, wait).untilFormShows(page);
      state = enter(FlowState.FILL, page);
      List<FilledField> filled = new FormFiller(settings.findTimeout()).fill(page, request);
      state = enter(FlowState.REVIEW, page);
      presentForReview(page, filled);
      evidence.formFilled(page.screenshot(), filled);
      String confirmation = awaitConfirmation(page, evidence);
      state = enter(FlowState.SUBMITTED, page);
      narrator.say("flow.confirmed", platform);
      state = enter(FlowState.EVIDENCE, page);
      page.overlay().clear();
      evidence.confirmed(confirmation);
      settings.timestampAuthority().ifPresent(url -> timestamp(evidence, url));
      enter(FlowState.DONE, page);
      narrator.say("flow.evidence.saved", evidence.folder().orElseThrow());
      showDone(page, evidence.folder().orElseThrow());
      return new Outcome(page.profile().platform(), ExitCode.SENT, "", evidence.folder());
    } catch (RuntimeException e) {
      Abort abort = Abort.of(e, page, narrator.messages()).orElseThrow(() -> e);
      return aborted(page, state, abort, evidence);
    }
  }

  /** A timestamp is an extra: without one the objection is still sent and its evidence whole. */
  private void timestamp(EvidenceRecorder evidence, URI authority) {
    try {
      evidence.timestamp(new TimestampAuthority(authority));
      narrator.say("evidence.timestamp.saved", authority);
    } catch (TimestampException | EvidenceException e) {
      narrator.say("evidence.timestamp.failed", e.getMessage());
    }
  }

  /** After the evidence is safe: the page says where it is. It is sent either way. */
  private void showDone(FormPage page, Path folder) {
    try {
      page.overlay().show(narrator.messages().text("done.banner", folder.toAbsolutePath()));
    } catch (WebDriverException gone) {
      LOG.debug("the done banner could not be shown", gone);
    }
  }

  private FlowState enter(FlowState state, FormPage page) {
    LOG.info("{}: {}", page.profile().platform().id(), state);
    return state;
  }

  private void presentForReview(FormPage page, List<FilledField> filled) {
    narrator.say("review.summary", page.profile().name());
    for (FilledField field : filled) {
      narrator.say("review.field." + field.role(), field.value());
      if (!field.note().isEmpty()) {
        narrator.say(field.note());
      }
    }
    narrator.guide(page.overlay(), "review.banner", Minutes.of(settings.reviewTimeout()));
  }

  /**
   * Waits for Meta's confirmation. Meta's error message after Send ends the run as not sent, with a
   * screenshot of it: a retry belongs in a new run, with its own evidence.
   */
  private String awaitConfirmation(FormPage page, EvidenceRecorder evidence) {
    return wait.until(
            "review.still.waiting",
            settings.reviewTimeout(),
            () -> {
              person.duringReview(page);
              Optional<String> confirmation = page.confirmation();
              if (confirmation.isEmpty()) {
                page.sendError().ifPresent(error -> rejected(page, evidence, error));
              }
              return confirmation;
            })
        .orElseThrow(
            () ->
                new FlowAbortedException(
                    ExitCode.NOT_SENT,
                    narrator.messages().text("abort.review.timeout", Minutes.of(settings.reviewTimeout()))));
  }

  private void rejected(FormPage page, EvidenceRecorder evidence, String error) {
    page.overlay().clear();
    evidence.sendFailed(page.screenshot());
    throw new FlowAbortedException(ExitCode.NOT_SENT, narrator.messages().text("abort.send.error", error));
  }

  private Outcome aborted(FormPage page, FlowState state, Abort abort, EvidenceRecorder evidence) {
    // An interruption (Ctrl-C) is answered by ending the run; it must not also cut short the
    // writing of the evidence, which interruptible file channels would.
    Thread.interrupted();
    LOG.info("{}: {} in state {}", page.profile().platform().id(), abort.exitCode(), state);
    Optional<Path> folder = evidence.abandon(state + ": " + abort.exitCode() + " (" + abort.message() + ")");
    narrator.say("flow.aborted", page.profile().name(), abort.message());
    folder.ifPresent(path -> narrator.say("flow.evidence.incomplete", path));
    return new Outcome(page.profile().platform(), abort.exitCode(), abort.message(), folder);
  }
}
