package org.objectionhelper.flow;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectionhelper.evidence.EvidenceException;
import org.objectionhelper.evidence.TimestampAuthority;
import org.objectionhelper.evidence.TimestampException;
import org.objectionhelper.i18n.PageText;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.page.Match;
import org.objectionhelper.page.SendWatch;
import org.objectionhelper.profile.FieldRole;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One objection on one form: open, wait for the login, fill, wait for the person to send, keep the
 * evidence. See the states in docs/ARCHITECTURE.md. Nothing of the person goes into the log.
 */
public final class ObjectionFlow {
  private static final Logger LOG = LoggerFactory.getLogger(ObjectionFlow.class);

  /**
   * The notes on fields the person must see to (fill, choose, add to) that the banner repeats, each
   * under its key + ".banner".
   */
  private static final Set<String> NOTES_IN_THE_BANNER =
      Set.of("fill.ambiguous", "fill.country.unchosen", FormFiller.TOO_SHORT);

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
    String platform = narrator.platform(page.profile());
    EvidenceRecorder evidence =
        new EvidenceRecorder(
            settings.evidenceRoot(),
            page,
            ArchiveRecording.start(page.network(), page.profile()),
            narrator.messages(),
            browserVersion,
            request.consent(),
            clock);
    FlowState state = FlowState.OPEN;
    Instant opened = clock.instant();
    try {
      enter(state, page);
      narrator.say("flow.opening", platform);
      page.open();
      state = enter(FlowState.LOGIN_WAIT, page);
      PersonAtThePage atThePage = PersonAtThePage.of(person, page);
      StepPause pause = new StepPause(settings.reviewTimeout(), atThePage, narrator, wait);
      FormArrival arrival =
          new FormArrival(settings, atThePage, narrator, wait, clock, request.roles());
      arrival.untilFormShows(page, pause::forEachShowing);
      evidence.formAt(arrival);
      state = enter(FlowState.FILL, page);
      List<FilledField> filled = new FormFiller().fill(page, request);
      state = enter(FlowState.REVIEW, page);
      evidence.formFilled(page.capture().viewport(), filled, request.attachments());
      Map<String, Match> fields = watched(filled);
      SendWatch watch = page.send().watch(fields);
      Instant reviewFrom = clock.instant();
      Set<String> shownBefore = ConfirmationWait.showingBefore(page);
      presentForReview(page, filled, page.network().isPresent());
      FormSends sends =
          new FormSends(
              WatchedField.of(fields),
              page.send().text(),
              page.profile()::allows,
              opened,
              reviewFrom);
      Review review =
          new Review(filled, watch, Delivery.of(page.network(), sends, person), shownBefore);
      AfterReview answer =
          new ConfirmationWait(settings, atThePage, narrator, wait, clock, pause)
              .await(page, review);
      if (answer.isRejected()) {
        throw rejected(page, evidence, answer.error().get());
      }
      state = enter(FlowState.SUBMITTED, page);
      review.clicked().ifPresent(moment -> evidence.sent(moment, review.changedByPage()));
      WhatWasSent sent = WhatWasSent.of(review, evidence);
      if (sent.byThePage()) {
        return sentByThePage(page, evidence);
      }
      boolean otherValues = sayOtherValues(page, sent.otherValues());
      if (answer.confirmation().isEmpty() || answer.error().isPresent()) {
        return unconfirmed(page, evidence, answer.error(), otherValues);
      }
      narrator.say("flow.confirmed", platform);
      state = enter(FlowState.EVIDENCE, page);
      page.overlay().clear();
      evidence.confirmed(answer.confirmation().get().text(), answer.confirmation().get().where());
      settings.timestampAuthority().ifPresent(url -> timestamp(evidence, url));
      enter(FlowState.DONE, page);
      Path folder = evidence.folder().orElseThrow();
      narrator.say("flow.evidence.saved", folder);
      if (otherValues) {
        return otherValuesSent(page, folder, true);
      }
      showAtTheEnd(page, "done.banner", folder.toAbsolutePath());
      return new Outcome(page.profile().platform(), ExitCode.OK, "", evidence.folder());
    } catch (RuntimeException e) {
      Abort abort = Abort.of(e, page.profile(), narrator.messages()).orElseThrow(() -> e);
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

  /**
   * After the evidence is safe: the page says how it ended (where the proof is, what to check). The
   * run has ended either way, and the browser may be gone.
   */
  private void showAtTheEnd(FormPage page, String key, Object... args) {
    try {
      narrator.show(page.overlay(), key, args);
    } catch (WebDriverException gone) {
      LOG.debug("the last banner could not be shown", gone);
    }
  }

  private FlowState enter(FlowState state, FormPage page) {
    LOG.info("{}: {}", page.profile().platform().id(), state);
    return state;
  }

  /** The fields whose values are read again at the moment of Send (not the files to upload). */
  private static Map<String, Match> watched(List<FilledField> filled) {
    Map<String, Match> fields = new LinkedHashMap<>();
    filled.stream()
        .filter(field -> field.role() != FieldRole.ATTACHMENT)
        .forEach(field -> field.found().ifPresent(match -> fields.put(field.role().key(), match)));
    return fields;
  }

  private void presentForReview(FormPage page, List<FilledField> filled, boolean recorded) {
    narrator.say("review.summary", narrator.platform(page.profile()));
    if (!recorded) {
      narrator.say("review.not.checked");
    }
    StringBuilder banner =
        new StringBuilder(narrator.messages().text("review.banner", settings.reviewTimeout()));
    for (FilledField field : filled) {
      narrator.say(field.role().messageKey(), new PageText(field.value()));
      field
          .found()
          .filter(Match::byRole)
          .ifPresent(match -> narrator.say("review.found.role", new PageText(match.how())));
      if (!field.note().isEmpty()) {
        narrator.say(field.note(), field.noteArgs().toArray());
      }
      if (NOTES_IN_THE_BANNER.contains(field.note())) {
        banner
            .append('\n')
            .append(narrator.messages().text(field.note() + ".banner", field.noteArgs().toArray()));
      }
    }
    narrator.say("review.banner", settings.reviewTimeout());
    narrator.showText(page.overlay(), banner.toString());
  }

  /**
   * Sent, but nothing on the page matched a confirmation (or an error showed beside it): what the
   * page shows is kept, and the person is told to check it and Meta's e-mail. It is never reported
   * as not sent.
   */
  private Outcome unconfirmed(
      FormPage page, EvidenceRecorder evidence, Optional<String> error, boolean otherValues) {
    page.overlay().clear();
    evidence.unconfirmed(
        error
            .map(shown -> narrator.messages().text("evidence.sent.with.error", new PageText(shown)))
            .orElseGet(() -> narrator.messages().text("evidence.sent.unconfirmed")));
    Path folder = evidence.folder().orElseThrow();
    if (otherValues) {
      return otherValuesSent(page, folder, false);
    }
    String platform = narrator.platform(page.profile());
    String message =
        error.isPresent()
            ? said("flow.sent.with.error", platform, new PageText(error.get()), folder)
            : said("flow.sent.unconfirmed", platform, folder);
    return new Outcome(
        page.profile().platform(), ExitCode.SENT_UNCONFIRMED, message, evidence.folder());
  }

  /**
   * The form left without a click or key of the person's: whatever the page shows, it is not their
   * objection as they reviewed it. What the page shows is kept; the person learns what to do.
   */
  private Outcome sentByThePage(FormPage page, EvidenceRecorder evidence) {
    page.overlay().clear();
    evidence.unconfirmed(narrator.messages().text("evidence.sent.by.page"));
    Path folder = evidence.folder().orElseThrow();
    String message = said("flow.sent.by.page", narrator.platform(page.profile()), folder);
    showAtTheEnd(page, "sent.by.page.banner");
    return new Outcome(
        page.profile().platform(), ExitCode.SENT_BY_PAGE, message, evidence.folder());
  }

  /**
   * Says each value the request carried that the tool did not fill, in the terminal; returns
   * whether there was any.
   */
  private boolean sayOtherValues(FormPage page, Map<String, String> otherValues) {
    otherValues.forEach(
        (role, value) -> narrator.say("sent.other.value", role, new PageText(value)));
    return !otherValues.isEmpty();
  }

  /** Meta received other values than the person reviewed: the run ends with its own code. */
  private Outcome otherValuesSent(FormPage page, Path folder, boolean confirmed) {
    String message =
        said(
            confirmed ? "flow.sent.other.values" : "flow.sent.other.values.unconfirmed",
            narrator.platform(page.profile()),
            folder);
    showAtTheEnd(page, "sent.other.values.banner");
    return new Outcome(
        page.profile().platform(), ExitCode.SENT_OTHER_VALUES, message, Optional.of(folder));
  }

  /** Says it in the terminal; returns what was said, for the run's outcome. */
  private String said(String key, Object... args) {
    narrator.say(key, args);
    return narrator.messages().text(key, args);
  }

  /**
   * Meta's error message after Send ends the run as not sent, with a screenshot of it: a retry
   * belongs in a new run, with its own evidence.
   */
  private ExitException rejected(FormPage page, EvidenceRecorder evidence, String error) {
    page.overlay().clear();
    evidence.sendFailed(page.capture().viewport());
    return new ExitException(
        ExitCode.NOT_SENT, narrator.messages().text("abort.send.error", new PageText(error)));
  }

  private Outcome aborted(FormPage page, FlowState state, Abort abort, EvidenceRecorder evidence) {
    // An interruption (Ctrl-C) is answered by ending the run; it must not also cut short the
    // writing of the evidence, which interruptible file channels would.
    Thread.interrupted();
    LOG.info("{}: {} in state {}", page.profile().platform().id(), abort.exitCode(), state);
    Abort ended = abort;
    try {
      evidence.abandon(state + ": " + abort.exitCode() + " (" + abort.message() + ")");
    } catch (EvidenceException manifestLost) {
      ended = new Abort(ExitCode.EVIDENCE_FAILED, manifestLost.getMessage());
    }
    Optional<Path> folder = evidence.folder();
    if (ended.exitCode() == ExitCode.EVIDENCE_FAILED) {
      evidenceLost(page, state, ended.message(), evidence);
    } else {
      narrator.say("flow.aborted", narrator.platform(page.profile()), ended.message());
      folder.ifPresent(path -> narrator.say("flow.evidence.incomplete", path));
    }
    return new Outcome(page.profile().platform(), ended.exitCode(), ended.message(), folder);
  }

  /**
   * Evidence that could not be written (a full disk, a folder gone): the person learns whether the
   * objection went out all the same, and which files are kept where, so that they can save them.
   */
  private void evidenceLost(
      FormPage page, FlowState state, String failure, EvidenceRecorder evidence) {
    boolean sent = state.compareTo(FlowState.SUBMITTED) >= 0;
    narrator.say(
        sent ? "flow.evidence.lost.sent" : "flow.evidence.lost.unsent",
        narrator.platform(page.profile()),
        failure);
    List<String> kept = evidence.kept();
    if (kept.isEmpty()) {
      narrator.say("flow.evidence.lost.nothing");
    } else {
      narrator.say(
          "flow.evidence.lost.kept", evidence.folder().orElseThrow(), String.join(", ", kept));
    }
  }
}
