package org.objectionhelper.flow;

import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectionhelper.flow.Scene.Sign.CONFIRMATION;
import static org.objectionhelper.flow.Scene.Sign.SEND_ERROR;
import static org.objectionhelper.flow.Scene.Sign.SEND_PRESSED;
import static org.objectionhelper.flow.Scene.Sign.SENT_BY_PAGE;
import static org.objectionhelper.flow.Scene.Sign.SENT_BY_PERSON;
import static org.objectionhelper.profile.FieldRole.EMAIL;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.objectionhelper.profile.Locator;

/**
 * The wait for Meta's answer after the review, decided on a scripted page over a fake clock: which
 * confirmation counts, when nothing was sent, when the answer is overdue. See "What Meta received"
 * in docs/ARCHITECTURE.md.
 */
class ConfirmationWaitTest extends ScriptedRun {
  private static final URI FORM = FACEBOOK.formUrl();
  private static final Scene THE_FORM = Scene.at(FORM).withFields(EMAIL);
  private static final String HONOURED = "We will honour your objection.";
  private static final Duration SENT_AT = ofSeconds(5);

  /** How long Meta's page may take to answer a Send. */
  private static final Duration ANSWER_TIME = SETTINGS.findTimeout().multipliedBy(2);

  @Test
  void aNewConfirmationAfterTheFormLeftTheBrowserIsMetasAnswer() {
    page.opening(FORM)
        .shows(THE_FORM)
        .after(SENT_AT, sentByThePerson())
        .after(ofSeconds(6), scene -> scene.with(CONFIRMATION, HONOURED));

    AfterReview answer = await(page.delivery());

    assertEquals(Optional.of(HONOURED), answer.confirmation().map(AfterReview.Recognised::text));
    assertEquals(Optional.empty(), answer.error());
    assertEquals(ofSeconds(6), clock.elapsed());
    assertTrue(person.had("review"));
  }

  @Test
  void aConfirmationTheFormShowedBeforeTheReviewIsNeverMetasAnswer() {
    page.opening(FORM)
        .shows(THE_FORM.with(CONFIRMATION, HONOURED))
        .after(SENT_AT, sentByThePerson());

    AfterReview answer = await(page.delivery());

    assertEquals(AfterReview.UNRECOGNISED, answer);
    assertTrue(
        clock.elapsed().compareTo(SENT_AT.plus(ANSWER_TIME)) > 0, clock.elapsed().toString());
  }

  @Test
  void aConfirmationWhileNothingLeftTheBrowserEndsTheRunAsNotSent() {
    page.opening(FORM)
        .shows(THE_FORM)
        .after(ofSeconds(2), scene -> scene.with(CONFIRMATION, HONOURED));

    ExitException ended = assertThrows(ExitException.class, () -> await(page.delivery()));

    assertEquals(ExitCode.NOT_SENT, ended.exitCode());
    assertEquals(messages.text("abort.nothing.sent", "Facebook"), ended.getMessage());
    assertTrue(clock.elapsed().compareTo(ofSeconds(2).plus(ANSWER_TIME)) > 0);
  }

  @Test
  void aSendNoticedInThePageWhileNothingLeftTheBrowserEndsTheRunAsNotSent() {
    page.opening(FORM).shows(THE_FORM).after(SENT_AT, scene -> scene.with(SEND_PRESSED));

    ExitException ended = assertThrows(ExitException.class, () -> await(page.delivery()));

    assertEquals(messages.text("abort.nothing.sent", "Facebook"), ended.getMessage());
  }

  @Test
  void withoutTheBrowsersRecordThePagesNoticeOfSendIsEnough() {
    page.opening(FORM)
        .shows(THE_FORM)
        .after(SENT_AT, scene -> scene.with(SEND_PRESSED))
        .after(ofSeconds(6), scene -> scene.with(CONFIRMATION, HONOURED));

    AfterReview answer = await(Delivery.NOT_RECORDED);

    assertEquals(Optional.of(HONOURED), answer.confirmation().map(AfterReview.Recognised::text));
  }

  @Test
  void metasErrorAfterSendIsItsAnswerThatNothingWasSent() {
    page.opening(FORM)
        .shows(THE_FORM)
        .after(SENT_AT, sentByThePerson())
        .after(ofSeconds(6), scene -> scene.with(SEND_ERROR, "Something went wrong"));

    AfterReview answer = await(page.delivery());

    assertTrue(answer.isRejected());
    assertEquals(Optional.of("Something went wrong"), answer.error());
  }

  @Test
  void aConfirmationBesideAnErrorIsKeptWithTheError() {
    page.opening(FORM)
        .shows(THE_FORM)
        .after(SENT_AT, sentByThePerson())
        .after(
            ofSeconds(6),
            scene -> scene.with(CONFIRMATION, HONOURED).with(SEND_ERROR, "Please try again"));

    AfterReview answer = await(page.delivery());

    assertTrue(answer.confirmation().isPresent());
    assertEquals(Optional.of("Please try again"), answer.error());
  }

  @Test
  void aConfirmationOnAnotherHostIsNotMetas() {
    page.opening(FORM)
        .shows(THE_FORM)
        .after(SENT_AT, sentByThePerson())
        .after(
            ofSeconds(6),
            Scene.at(URI.create("https://example.org/thanks"))
                .with(SENT_BY_PERSON)
                .with(CONFIRMATION, HONOURED));

    assertEquals(AfterReview.UNRECOGNISED, await(page.delivery()));
  }

  @Test
  void aSendWithoutARecognisableAnswerEndsTheWaitOnceTheAnswerTimeIsOver() {
    page.opening(FORM).shows(THE_FORM).after(SENT_AT, sentByThePerson());

    assertEquals(AfterReview.UNRECOGNISED, await(page.delivery()));
    assertTrue(clock.elapsed().compareTo(SENT_AT.plus(ANSWER_TIME)) > 0);
    assertTrue(clock.elapsed().compareTo(SENT_AT.plus(ANSWER_TIME).plusSeconds(1)) < 0);
  }

  @Test
  void aFormThePageSentByItselfEndsTheWaitWithoutWaitingForAnAnswer() {
    page.opening(FORM)
        .shows(THE_FORM)
        .after(SENT_AT, scene -> scene.with(SENT_BY_PAGE))
        .after(ofSeconds(10), scene -> scene.with(CONFIRMATION, HONOURED));

    assertEquals(AfterReview.UNRECOGNISED, await(page.delivery()));
    assertTrue(clock.elapsed().compareTo(SENT_AT.plusSeconds(2)) < 0, clock.elapsed().toString());
  }

  @Test
  void aStepAfterSendIsWaitedForAndGivesMetaItsAnswerTimeAnew() {
    Locator codeField = FACEBOOK.steps().get(0).shows().get(0);
    Duration codeTyped = ofSeconds(20);
    page.opening(FORM)
        .shows(THE_FORM)
        .after(SENT_AT, sentByThePerson())
        .after(ofSeconds(6), scene -> scene.showing(codeField))
        .after(codeTyped, scene -> scene.without(codeField))
        .after(
            SENT_AT.plus(ANSWER_TIME).plusSeconds(5), scene -> scene.with(CONFIRMATION, HONOURED));

    AfterReview answer = await(page.delivery());

    assertTrue(person.had("pause email-code"));
    assertEquals(Optional.of(HONOURED), answer.confirmation().map(AfterReview.Recognised::text));
  }

  @Test
  void nobodySendingEndsTheRunAsNotSentOnceTheReviewTimeIsOver() {
    page.opening(FORM).shows(THE_FORM);

    ExitException ended = assertThrows(ExitException.class, () -> await(page.delivery()));

    assertEquals(ExitCode.NOT_SENT, ended.exitCode());
    assertEquals(
        messages.text("abort.review.timeout", SETTINGS.reviewTimeout()), ended.getMessage());
    assertEquals(SETTINGS.reviewTimeout(), clock.elapsed());
  }

  @Test
  void ctrlCDuringTheWaitEndsTheRunAsInterrupted() {
    page.opening(FORM).shows(THE_FORM);
    interruptEverySleep();

    assertEndsAsInterrupted(() -> await(page.delivery()));
  }

  /** Opens the scripted form, begins the review there, and waits for Meta's answer. */
  private AfterReview await(Delivery delivery) {
    page.open();
    Review review =
        new Review(List.of(), page.sendNotice(), delivery, ConfirmationWait.showingBefore(page));
    StepPause pause = new StepPause(SETTINGS.reviewTimeout(), person, narrator, wait);
    return new ConfirmationWait(SETTINGS, person, narrator, wait, clock, pause).await(page, review);
  }

  /** The page noticed the person's press on Send, and the form left the browser. */
  private static Scene sentByThePerson() {
    return THE_FORM.with(SEND_PRESSED).with(SENT_BY_PERSON);
  }
}
