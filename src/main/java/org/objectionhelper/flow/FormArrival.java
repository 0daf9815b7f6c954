package org.objectionhelper.flow;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.objectionhelper.basics.Language;
import org.objectionhelper.page.PageOnTheWay;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.PersonStep;

/**
 * From the opened address to the form, as a person gets there: waits for the page to show what it
 * is ({@link PageSight}), through the login, the steps only the person can do, a question, Meta's
 * privacy hub or any other page where the person chooses; on to the profile's next address where
 * one shows nothing. Remembers what it met on the way, for the evidence and for {@code probe}. See
 * "Arriving at the form" in docs/ARCHITECTURE.md.
 */
final class FormArrival {
  private static final int MAX_RETURNS_TO_FORM = 3;

  private final FlowSettings settings;
  private final PersonAtThePage person;
  private final Narrator narrator;
  private final PatientWait wait;
  private final Clock clock;
  private final Set<FieldRole> wanted;
  private final HandOver handOver;
  private final Set<String> stepsSeen = new HashSet<>();
  private final Map<URI, String> unavailable = new LinkedHashMap<>();
  private Optional<String> loginGate = Optional.empty();
  private PageSight.Kind chosenOn;
  private URI shownAt;
  private Duration drawnAfter = Duration.ZERO;
  private URI lookingAt;
  private Instant lookingSince;

  /**
   * @param wanted the fields the form is complete with
   */
  FormArrival(
      FlowSettings settings,
      PersonAtThePage person,
      Narrator narrator,
      PatientWait wait,
      Clock clock,
      Set<FieldRole> wanted) {
    this.settings = settings;
    this.person = person;
    this.narrator = narrator;
    this.wait = wait;
    this.clock = clock;
    this.wanted = Set.copyOf(wanted);
    this.handOver = new HandOver(settings, person, narrator, wait);
  }

  /**
   * Returns once the form shows on the page {@link PageOnTheWay#open} opened, or wherever the
   * person was led to it.
   *
   * @param stepsBeforeTheForm deals with the profile's person steps that show before the form
   * @throws ExitException where every address shows nothing, or no page showed the form in time
   */
  void untilFormShows(PageOnTheWay page, Consumer<PageOnTheWay> stepsBeforeTheForm) {
    int returns = 0;
    while (true) {
      PageSight sight =
          wait.until("arrival.still.waiting", settings.loginTimeout(), () -> look(page))
              .orElseThrow(() -> notTheForm(page));
      switch (sight.kind()) {
        case FORM -> {
          shownAt = chosenOn == null ? page.formAddress() : page.address();
          drawnAfter = Duration.between(lookingSince, clock.instant());
          return;
        }
        case LOGIN -> {
          lookingAt = null; // the page's time to draw the form counts from the login on
          loginGate = loginGate.or(sight::loginGate);
          new LoginWait(settings.loginTimeout(), person, narrator, wait).untilLoggedIn(page);
          if (!page.atFormAddress(page.address()) && returns++ < MAX_RETURNS_TO_FORM) {
            narrator.say("login.back.to.form");
            page.open();
          }
        }
        case STEP -> {
          lookingAt = null;
          stepsSeen.add(sight.step().map(PersonStep::name).orElseThrow());
          stepsBeforeTheForm.accept(page);
        }
        case UNAVAILABLE -> nextAddress(page);
        case PRIVACY_HUB -> handOver(page, sight, "hub.first", "privacy-hub");
        case QUESTION -> handOver(page, sight, "question.first", "question");
        case ELSEWHERE -> handOver(page, sight, "chooser.first", "chooser");
        case FORM_MISSING ->
            throw page.notFound(
                page.profile().field(FieldRole.EMAIL).orElseThrow(), settings.findTimeout());
      }
    }
  }

  private Optional<PageSight> look(PageOnTheWay page) {
    URI address = page.address();
    if (!address.equals(lookingAt)) {
      lookingAt = address;
      lookingSince = clock.instant();
    }
    return PageSight.look(
        page,
        wanted,
        stepsSeen,
        Duration.between(lookingSince, clock.instant()),
        settings.findTimeout());
  }

  private void handOver(PageOnTheWay page, PageSight sight, String what, String stepName) {
    chosenOn = chosenOn == null ? sight.kind() : chosenOn;
    Optional<PageSight> past = handOver.await(page, what, hint(page), stepName, () -> look(page));
    if (past.isEmpty()) {
      throw sight.kind() == PageSight.Kind.ELSEWHERE
          ? notTheForm(page)
          : ExitException.pauseTimedOut(narrator.messages(), settings.loginTimeout());
    }
  }

  /** The profile's words for what to choose, in the person's language; else empty. */
  private String hint(PageOnTheWay page) {
    Language language = narrator.messages().language();
    String hint = page.profile().addresses().chooseHint().getOrDefault(language, "");
    return hint.isEmpty() ? "" : " (" + hint + ")";
  }

  private void nextAddress(PageOnTheWay page) {
    URI gone = page.formAddress();
    unavailable.put(gone, page.unavailable().orElse(""));
    if (!page.openNextAddress()) {
      throw new ExitException(
          ExitCode.FORM_UNAVAILABLE,
          narrator
              .messages()
              .text(
                  "abort.addresses.unavailable",
                  narrator.platform(page.profile()),
                  unavailable.keySet().stream()
                      .map(URI::toString)
                      .collect(Collectors.joining(", "))));
    }
    narrator.say("address.unavailable", gone, page.formAddress());
  }

  /** No page showed the form in time: the pages seen are named, nothing was sent. */
  private ExitException notTheForm(PageOnTheWay page) {
    List<URI> seen = handOver.pagesSeen();
    String pages =
        (seen.isEmpty() ? List.of(HandOver.withoutQuery(page.address())) : seen)
            .stream().map(URI::toString).collect(Collectors.joining(", "));
    return new ExitException(
        ExitCode.FORM_UNAVAILABLE,
        narrator
            .messages()
            .text(
                "abort.form.not.shown",
                narrator.platform(page.profile()),
                settings.loginTimeout(),
                pages));
  }

  /** How the login gate was recognised, if one was seen. */
  Optional<String> loginGate() {
    return loginGate;
  }

  /** Whether the page asked a question before the form. */
  boolean questionFirst() {
    return chosenOn == PageSight.Kind.QUESTION;
  }

  /** Whether the address led to Meta's privacy hub, where the person chose the form. */
  boolean viaPrivacyHub() {
    return chosenOn == PageSight.Kind.PRIVACY_HUB;
  }

  /**
   * The pages, at addresses no profile names, where the person chose the form; empty where none.
   */
  List<URI> chosenOnOtherPages() {
    return chosenOn == PageSight.Kind.ELSEWHERE ? handOver.pagesSeen() : List.of();
  }

  /** Where the form showed: the form's address, or wherever the person chose it. */
  URI shownAt() {
    return shownAt;
  }

  /** How long the form took to show after its page's address was reached. */
  Duration drawnAfter() {
    return drawnAfter;
  }

  /**
   * The addresses that showed nothing, each with Meta's words, in the order tried; for the manifest
   * and the receipt.
   */
  Map<URI, String> unavailable() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(unavailable));
  }
}
