package org.objectionhelper.flow;

import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectionhelper.flow.Scene.Sign.DRAWING;
import static org.objectionhelper.flow.Scene.Sign.LOGIN_GATE;
import static org.objectionhelper.flow.Scene.Sign.QUESTION;
import static org.objectionhelper.flow.Scene.Sign.UNAVAILABLE;
import static org.objectionhelper.profile.FieldRole.COUNTRY;
import static org.objectionhelper.profile.FieldRole.EMAIL;
import static org.objectionhelper.profile.FieldRole.REASON;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectionhelper.page.FormChangedException;
import org.objectionhelper.profile.Locator;

/**
 * From the opened address to the form, decided on a scripted page over a fake clock: minutes of
 * waiting in microseconds, without a browser. See "Arriving at the form" in docs/ARCHITECTURE.md.
 */
class FormArrivalTest extends ScriptedRun {
  private static final List<URI> ADDRESSES = FACEBOOK.addresses().forms();
  private static final URI FORM = ADDRESSES.get(0);
  private static final URI CHOOSER =
      URI.create("https://www.facebook.com/privacy/center/?entry=ai");
  private static final URI ELSEWHERE = URI.create("https://www.facebook.com/help/contact/99?ref=x");
  private static final String GONE = "This content isn't available right now";

  @Test
  void waitsWhileTheLoginGateShowsAndReadsTheFormOnceItIsLeft() {
    page.opening(FORM)
        .shows(Scene.at(FORM).with(LOGIN_GATE, "css 'form#login_form'"))
        .after(ofSeconds(3), theForm(FORM));

    FormArrival arrival = arrive();

    assertEquals(Optional.of("css 'form#login_form'"), arrival.loginGate());
    assertEquals(FORM, arrival.shownAt());
    assertEquals(ofSeconds(3), clock.elapsed());
    assertEquals(List.of(FORM), page.opened(), "logged in at the form's address: not opened again");
    assertTrue(person.had("login"));
    assertTrue(said().startsWith("Please log in to Facebook in the browser window."), said());
  }

  @Test
  void aPageOfAnotherHostIsTheLogin() {
    page.opening(FORM)
        .shows(Scene.at(URI.create("https://accounts.example.org/sso")))
        .after(ofSeconds(2), theForm(FORM));

    FormArrival arrival = arrive();

    assertEquals(Optional.of("another host"), arrival.loginGate());
    assertEquals(FORM, arrival.shownAt());
  }

  @Test
  void aLoginThatLandsElsewhereIsFollowedByTheFormsAddressOpenedAgain() {
    page.opening(FORM)
        .shows(Scene.at(FORM).with(LOGIN_GATE, "css 'input[name=pass]'"))
        .after(ofSeconds(2), Scene.at(URI.create("https://www.facebook.com/")));
    page.opening(FORM).shows(theForm(FORM));

    arrive();

    assertEquals(List.of(FORM, FORM), page.opened());
    assertTrue(said().contains("Logged in. Going back to the objection form"), said());
  }

  @Test
  void nobodyLoggingInEndsTheRunWhenTheLoginTimeoutIsOver() {
    page.opening(FORM).shows(Scene.at(FORM).with(LOGIN_GATE, "css 'form#login_form'"));

    ExitException ended = assertThrows(ExitException.class, this::arrive);

    assertEquals(ExitCode.LOGIN_TIMEOUT, ended.exitCode());
    assertEquals(SETTINGS.loginTimeout(), clock.elapsed());
  }

  @Test
  void aFormThatDrawsEveryFieldLateIsReadAsSoonAsItIsComplete() {
    page.opening(FORM).shows(Scene.at(FORM).with(DRAWING)).after(ofSeconds(2), theForm(FORM));

    FormArrival arrival = arrive();

    assertEquals(ofSeconds(2), arrival.drawnAfter());
  }

  @Test
  void aFormWithoutAnOptionalFieldIsReadOnceThePageHoldsStill() {
    page.opening(FORM)
        .shows(Scene.at(FORM).with(DRAWING))
        .after(ofSeconds(2), Scene.at(FORM).withFields(EMAIL));

    FormArrival arrival = arrive();

    assertEquals(ofSeconds(2).plus(PageSight.SETTLED), arrival.drawnAfter());
  }

  @Test
  void theFormsOwnAddressWithoutTheEmailFieldIsAChangedFormOnceTheFindTimeoutIsOver() {
    page.opening(FORM).shows(Scene.at(FORM));

    assertThrows(FormChangedException.class, this::arrive);

    assertEquals(SETTINGS.findTimeout(), clock.elapsed());
  }

  @Test
  void aQuestionBeforeTheFormIsLeftToThePersonToAnswer() {
    page.opening(FORM).shows(Scene.at(FORM).with(QUESTION)).after(ofSeconds(4), theForm(FORM));

    FormArrival arrival = arrive();

    assertTrue(arrival.questionFirst());
    assertTrue(person.had("pause question"));
    assertTrue(said().startsWith("Facebook asks a question first"), said());
    assertTrue(page.bannerShowed().contains(messages.text("question.first.banner")));
    assertEquals(ofSeconds(4), clock.elapsed());
  }

  @Test
  void aStepBeforeTheFormIsWaitedForOnce() {
    Locator codeField = FACEBOOK.steps().get(0).shows().get(0);
    page.opening(FORM).shows(Scene.at(FORM).showing(codeField)).after(ofSeconds(3), theForm(FORM));

    arrive();

    assertTrue(person.had("pause email-code"));
    assertTrue(said().startsWith("Facebook has sent you a code by e-mail."), said());
    assertEquals(ofSeconds(3), clock.elapsed());
  }

  @Test
  void aChooserIsHandedToThePersonAndTheFormFollowedToTheAddressItShowsAt() {
    page.opening(FORM).shows(Scene.at(CHOOSER)).after(ofSeconds(5), theForm(ELSEWHERE));

    FormArrival arrival = arrive();

    assertEquals(ELSEWHERE, arrival.shownAt());
    assertEquals(
        List.of(URI.create("https://www.facebook.com/privacy/center/")),
        arrival.chosenOnOtherPages(),
        "the chooser's address, without its query");
    assertTrue(person.had("pause chooser"));
  }

  @Test
  void metasPrivacyHubIsHandedToThePersonAtOnce() {
    URI hub = URI.create("https://help.meta.com/support/privacy/");
    page.opening(FORM).shows(Scene.at(hub)).after(ofSeconds(3), theForm(ELSEWHERE));

    FormArrival arrival = arrive();

    assertTrue(arrival.viaPrivacyHub());
    assertEquals(ELSEWHERE, arrival.shownAt());
    assertTrue(person.had("pause privacy-hub"));
  }

  @Test
  void nobodyChoosingEndsWithExit12NamingThePagesSeen() {
    page.opening(FORM).shows(Scene.at(CHOOSER));

    ExitException ended = assertThrows(ExitException.class, this::arrive);

    assertEquals(ExitCode.FORM_UNAVAILABLE, ended.exitCode());
    assertTrue(
        ended.getMessage().contains("(pages seen: https://www.facebook.com/privacy/center/)"),
        ended.getMessage());
    assertEquals(PageSight.SETTLED.plus(SETTINGS.loginTimeout()), clock.elapsed());
  }

  @Test
  void metasWordsThatNothingIsThereMoveOnToTheNextAddress() {
    page.opening(ADDRESSES.get(0)).shows(Scene.at(ADDRESSES.get(0)).with(UNAVAILABLE, GONE));
    page.opening(ADDRESSES.get(1)).shows(theForm(ADDRESSES.get(1)));

    FormArrival arrival = arrive();

    assertEquals(Map.of(ADDRESSES.get(0), GONE), arrival.unavailable());
    assertEquals(ADDRESSES.get(1), arrival.shownAt());
    assertEquals(ADDRESSES.subList(0, 2), page.opened());
    assertTrue(said().contains("Trying the form's next address: " + ADDRESSES.get(1)), said());
  }

  @Test
  void whereNoAddressIsLeftTheRunEndsWithExit12NamingThemAll() {
    ADDRESSES.forEach(
        address -> page.opening(address).shows(Scene.at(address).with(UNAVAILABLE, GONE)));

    ExitException ended = assertThrows(ExitException.class, this::arrive);

    assertEquals(ExitCode.FORM_UNAVAILABLE, ended.exitCode());
    assertEquals(ADDRESSES, page.opened());
    ADDRESSES.forEach(
        address -> assertTrue(ended.getMessage().contains(address.toString()), ended.getMessage()));
  }

  @Test
  void ctrlCDuringAWaitEndsTheRunAsInterrupted() {
    page.opening(FORM).shows(Scene.at(FORM).with(LOGIN_GATE, "css 'form#login_form'"));
    interruptEverySleep();

    assertEndsAsInterrupted(this::arrive);
  }

  private FormArrival arrive() {
    FormArrival arrival =
        new FormArrival(SETTINGS, person, narrator, wait, clock, Set.of(EMAIL, COUNTRY, REASON));
    page.open();
    arrival.untilFormShows(page, pause()::forEachShowing);
    return arrival;
  }

  private static Scene theForm(URI address) {
    return Scene.at(address).withFields(EMAIL, COUNTRY, REASON);
  }
}
