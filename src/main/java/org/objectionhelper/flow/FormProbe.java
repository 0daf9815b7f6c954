package org.objectionhelper.flow;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.objectionhelper.i18n.PageText;
import org.objectionhelper.page.AmbiguousFieldException;
import org.objectionhelper.page.ElementFinder;
import org.objectionhelper.page.FormChangedException;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.page.Match;
import org.objectionhelper.page.PageOnTheWay;
import org.objectionhelper.page.Poll;
import org.objectionhelper.profile.Confirmation;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.FieldSpec;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Locator;
import org.objectionhelper.profile.PersonStep;

/**
 * Checks a live form against its profile, the day Meta changes the page: opens it (after the same
 * login wait as a filing), then tells for every part of the profile whether it was found and by
 * which locator. It fills nothing, clicks nothing and sends nothing.
 */
public final class FormProbe {
  private final FlowSettings settings;
  private final Person person;
  private final Narrator narrator;
  private final PatientWait wait;
  private final Clock clock;
  private final Set<String> stepsSeen = new HashSet<>();

  /**
   * @param person who logs in where the form asks for it; the probe never calls it at review
   */
  public FormProbe(FlowSettings settings, Person person, Narrator narrator, Clock clock) {
    this.settings = settings;
    this.person = person;
    this.narrator = narrator;
    this.wait = new PatientWait(narrator, clock, settings.progressEvery());
    this.clock = clock;
  }

  /**
   * {@link ExitCode#OK} (0) where every required part was found by the profile's own locators, else
   * why not; and the profile as the page is now.
   */
  public ProbeResult probe(FormPage page) {
    FormProfile profile = page.profile();
    narrator.say("probe.start", narrator.platform(profile), profile.source());
    FormArrival arrival =
        new FormArrival(
            settings,
            PersonAtThePage.of(person, page),
            narrator,
            wait,
            clock,
            profile.fields().keySet());
    try {
      page.open();
      try {
        arrival.untilFormShows(page, this::reportSteps);
      } catch (FormChangedException notThere) {
        // The report below says what is missing.
      }
      arrival
          .unavailable()
          .forEach(
              (url, words) -> narrator.say("probe.address.unavailable", url, new PageText(words)));
      if (arrival.viaPrivacyHub()) {
        narrator.say("probe.hub.seen");
      }
      if (arrival.questionFirst()) {
        narrator.say("probe.question.seen");
      }
      List<URI> chosenOn = arrival.chosenOnOtherPages();
      if (!chosenOn.isEmpty()) {
        narrator.say(
            "probe.chooser.seen",
            chosenOn.stream().map(URI::toString).collect(Collectors.joining(", ")));
      }
      if (arrival.drawnAfter().compareTo(PageSight.SETTLED) >= 0) {
        narrator.say("probe.drawn.late", arrival.drawnAfter().toMillis() / 1000.0);
      }
      reportStepsUnseen(profile);
      page.overlay().clear();
      return report(page, arrival);
    } catch (RuntimeException e) {
      Abort abort = Abort.of(e, page.profile(), narrator.messages()).orElseThrow(() -> e);
      narrator.say("flow.aborted", narrator.platform(profile), abort.message());
      return new ProbeResult(abort.exitCode(), Optional.empty());
    }
  }

  private ProbeResult report(FormPage page, FormArrival arrival) {
    FormProfile profile = page.profile();
    FieldSpec email = profile.field(FieldRole.EMAIL).orElseThrow();
    if (Poll.until(settings.findTimeout(), () -> page.findNow(email)).isEmpty()) {
      narrator.say("probe.page.slow", settings.findTimeout().toSeconds());
    }
    URI address = arrival.shownAt() != null ? arrival.shownAt() : page.formAddress();
    narrator.say("probe.address.used", address);
    Optional<String> loginGate = arrival.loginGate();
    loginGate.ifPresentOrElse(
        how -> narrator.say("probe.login.seen", new PageText(how)),
        () ->
            narrator.say(
                "probe.login.unseen", ElementFinder.describe(profile.login().indicators())));
    ProfileAsFound asFound = new ProfileAsFound(page, address, loginGate);
    List<String> byRoleOnly = new ArrayList<>();
    boolean complete = true;
    for (FieldSpec field : profile.fields().values()) {
      Optional<Match> match = ambiguousAsNone(() -> page.findNow(field));
      complete &= found(field.name(), match, field.locators(), field.optional());
      match
          .filter(Match::byRole)
          .ifPresent(
              byRole -> {
                byRoleOnly.add(field.name());
                asFound.foundByRole(field, byRole);
              });
      match
          .filter(list -> field.role() == FieldRole.COUNTRY)
          .filter(list -> !"select".equalsIgnoreCase(list.element().getTagName()))
          .ifPresent(list -> narrator.say("probe.country.drawn", field.name()));
    }
    Optional<Match> send = ambiguousAsNone(page.send()::find);
    complete &= found("submit", send, profile.submit(), false);
    send.filter(Match::byRole)
        .ifPresent(
            byRole -> {
              byRoleOnly.add("submit");
              asFound.sendFoundByRole(byRole);
            });
    if (!byRoleOnly.isEmpty()) {
      narrator.say("probe.fallback", String.join(", ", byRoleOnly));
    }
    if (!profile.cookieDismiss().isEmpty()) {
      page.findNow(profile.cookieDismiss())
          .ifPresentOrElse(
              found -> narrator.say("probe.cookies.seen", new PageText(found.how())),
              () -> narrator.say("probe.cookies.unseen"));
    }
    afterSend("confirmation", profile.confirmation());
    afterSend("sendError", profile.sendError());
    narrator.say(
        complete ? "probe.ok" : "probe.drift",
        narrator.platform(profile),
        complete ? page.navigation().currentUrl() : profile.source());
    return new ProbeResult(
        complete ? ExitCode.OK : ExitCode.FORM_CHANGED, Optional.of(asFound.profile()));
  }

  /** Says whether the part shows; returns false only where a required part is missing. */
  private boolean found(
      String part, Optional<Match> match, List<Locator> locators, boolean optional) {
    match.ifPresentOrElse(
        found ->
            narrator.say(
                found.byRole() ? "probe.found.role" : "probe.found",
                part,
                new PageText(found.how())),
        () ->
            narrator.say(
                optional ? "probe.missing.optional" : "probe.missing",
                part,
                ElementFinder.describe(locators)));
    // Found only by its role, a field still works, but the profile no longer describes the page.
    return match.filter(found -> !found.byRole()).isPresent() || optional;
  }

  /** The profile's person steps the page shows now, each said once. */
  private void reportSteps(PageOnTheWay page) {
    for (PersonStep step : page.profile().steps()) {
      Optional<Match> shows = page.findNow(step.shows());
      if (shows.isPresent() && stepsSeen.add(step.name())) {
        narrator.say("probe.step.seen", step.name(), new PageText(shows.get().how()));
      }
    }
  }

  /** The profile's person steps that never showed on the way to the form. */
  private void reportStepsUnseen(FormProfile profile) {
    profile.steps().stream()
        .filter(step -> !stepsSeen.contains(step.name()))
        .forEach(step -> narrator.say("probe.step.unseen", step.name()));
  }

  private Optional<Match> ambiguousAsNone(Supplier<Optional<Match>> find) {
    try {
      return find.get();
    } catch (AmbiguousFieldException e) {
      narrator.say("probe.ambiguous", e.role());
      return Optional.empty();
    }
  }

  private void afterSend(String part, Confirmation answer) {
    long patterns = answer.patterns().values().stream().mapToLong(List::size).sum();
    if (patterns > 0) {
      narrator.say("probe.after.send", part, patterns);
    }
  }
}
