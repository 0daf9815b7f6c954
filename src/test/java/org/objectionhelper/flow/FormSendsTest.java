package org.objectionhelper.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.objectionhelper.browser.Gesture;
import org.objectionhelper.browser.SentRequest;
import org.objectionhelper.evidence.SentBy;

class FormSendsTest {
  private static final Instant OPENED = Instant.parse("2026-12-05T10:00:00Z");
  private static final Instant REVIEW = OPENED.plusSeconds(5);
  private static final String FORM = "Field1=anna%40example.org&Field2=AT&Field3=Ich%0D%0Awidersp.";
  private static final FormSends SENDS =
      new FormSends(
          List.of(
              new WatchedField("email", "Field1", "anna@example.org"),
              new WatchedField("country", "Field2", "AT"),
              new WatchedField("reason", "Field3", "Ich\nwidersp.")),
          Optional.of("Senden"),
          url -> url.getHost().equals("www.facebook.com"),
          OPENED,
          REVIEW);

  @Test
  void aRequestShortlyAfterThePersonsClickOnSendIsTheirsAndCarriesWhatWasFilled() {
    List<SentForm> sent =
        SENDS.in(List.of(post(20, FORM)), List.of(click(19, "button")), List.of());

    assertEquals(1, sent.size());
    assertEquals(SentBy.PERSON, sent.get(0).by());
    assertEquals(
        Map.of("email", "anna@example.org", "country", "AT", "reason", "Ich\nwidersp."),
        sent.get(0).values());
    assertEquals(Map.of(), sent.get(0).differences(), "CR LF as a form sends it is no change");
  }

  @Test
  void withoutATrustedPressBeforeItTheRequestIsThePagesOwn() {
    assertEquals(SentBy.PAGE_ITSELF, byOf(post(20, FORM), List.of()));
    assertEquals(SentBy.PAGE_ITSELF, byOf(post(20, FORM), List.of(click(4, "button"))));
    assertEquals(SentBy.PAGE_ITSELF, byOf(post(20, FORM), List.of(click(9, "button"))));
    assertEquals(SentBy.PAGE_ITSELF, byOf(post(20, FORM), List.of(click(19, "div"))));
    assertEquals(SentBy.PAGE_ITSELF, byOf(post(20, FORM), List.of(click(22, "button"))));
    assertEquals(SentBy.PERSON, byOf(post(20, FORM), List.of(key(19, "input"))));
    assertEquals(
        SentBy.PERSON,
        byOf(
            post(20, FORM),
            List.of(
                new Gesture(
                    OPENED.plusSeconds(19),
                    "click",
                    new Gesture.Control("span", "", "", "senden")))),
        "a press on the Send control the tool found, though it is no button");
  }

  @Test
  void aClickInTheTimeTheToolClickedOnThePersonsWordIsTheTools() {
    List<SentForm> sent =
        SENDS.in(
            List.of(post(20, FORM)),
            List.of(click(19, "button")),
            List.of(new ToolClick(OPENED.plusSeconds(18), OPENED.plusSeconds(19))));

    assertEquals(SentBy.TOOL_ON_THE_PERSONS_WORD, sent.get(0).by());
  }

  @Test
  void anotherAddressOrASecondFieldOfTheSameNameIsADifference() {
    SentForm swapped = sentByThePerson("Field1=mallory%40example.net&Field2=AT");
    SentForm doubled = sentByThePerson("Field1=anna%40example.org&Field1=mallory%40example.net");

    assertEquals(Map.of("email", "mallory@example.net"), swapped.differences());
    assertEquals(Map.of("email", "anna@example.org | mallory@example.net"), doubled.differences());
  }

  @Test
  void whatThePersonTypedAtReviewIsTheirsToSendButAPageChangeAfterItIsNot() {
    String longer = "Field1=anna%40example.org&Field2=AT&Field3=Ich+widerspreche+ausf%C3%BChrlich.";
    Gesture edited = edit(12, "Field3", "Ich widerspreche ausführlich.");

    SentForm theirs =
        SENDS.in(List.of(post(20, longer)), List.of(edited, click(19, "button")), List.of()).get(0);
    SentForm beforeTheReview =
        SENDS
            .in(
                List.of(post(20, longer)),
                List.of(edit(4, "Field3", "Ich widerspreche ausführlich."), click(19, "button")),
                List.of())
            .get(0);
    SentForm changedAfter =
        SENDS
            .in(
                List.of(post(20, "Field3=Ich+widerspreche+nicht.")),
                List.of(edited, click(19, "button")),
                List.of())
            .get(0);

    assertEquals(Map.of(), theirs.differences());
    assertEquals(Map.of("reason", "Ich widerspreche ausführlich."), beforeTheReview.differences());
    assertEquals(Map.of("reason", "Ich widerspreche nicht."), changedAfter.differences());
    assertEquals(SentBy.PERSON, theirs.by(), "an edit is no press on Send");
    assertEquals(
        SentBy.PAGE_ITSELF,
        SENDS.in(List.of(post(20, longer)), List.of(edited), List.of()).get(0).by());
  }

  @Test
  void requestsToOtherHostsBeforeTheFormOrWithoutItsFieldsAreNotTheForm() {
    SentRequest elsewhere =
        new SentRequest(
            OPENED.plusSeconds(20),
            URI.create("https://collect.example.net/x"),
            "POST",
            "application/x-www-form-urlencoded",
            FORM,
            false);
    List<SentForm> sent =
        SENDS.in(
            List.of(post(-1, FORM), elsewhere, post(20, "lsd=x&jazoest=1")),
            List.of(click(19, "button")),
            List.of());

    assertEquals(List.of(), sent);
  }

  @Test
  void aBodyTheBrowserDoesNotHandOutCountsFromTheReviewOnWithNothingReadFromIt() {
    SentRequest upload =
        new SentRequest(
            OPENED.plusSeconds(20),
            URI.create("https://www.facebook.com/help/contact/510058597920541"),
            "POST",
            "multipart/form-data; boundary=x",
            "",
            true);
    SentRequest beforeTheReview =
        new SentRequest(upload.at().minusSeconds(19), upload.url(), "POST", "", "", true);

    List<SentForm> sent =
        SENDS.in(List.of(beforeTheReview, upload), List.of(click(19, "button")), List.of());

    assertEquals(1, sent.size());
    assertEquals(SentBy.PERSON, sent.get(0).by());
    assertEquals(Map.of(), sent.get(0).values());
  }

  private static SentForm sentByThePerson(String body) {
    return SENDS.in(List.of(post(20, body)), List.of(click(19, "button")), List.of()).get(0);
  }

  private static SentBy byOf(SentRequest request, List<Gesture> gestures) {
    return SENDS.in(List.of(request), gestures, List.of()).get(0).by();
  }

  private static SentRequest post(int second, String body) {
    return new SentRequest(
        OPENED.plusSeconds(second),
        URI.create("https://www.facebook.com/ajax/help/contact/submit/page"),
        "POST",
        "application/x-www-form-urlencoded",
        body,
        false);
  }

  private static Gesture click(int second, String tag) {
    return new Gesture(
        OPENED.plusSeconds(second), "click", new Gesture.Control(tag, "", "", "Send"));
  }

  private static Gesture edit(int second, String name, String value) {
    return new Gesture(
        OPENED.plusSeconds(second),
        "edit",
        new Gesture.Control("textarea", "", "", value),
        Optional.of(new Gesture.Edit(name, value)));
  }

  private static Gesture key(int second, String tag) {
    return new Gesture(OPENED.plusSeconds(second), "key", new Gesture.Control(tag, "text", "", ""));
  }
}
