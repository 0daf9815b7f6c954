package org.objectionhelper.flow;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.objectionhelper.evidence.AddendumWriter;
import org.objectionhelper.evidence.Tool;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.page.NavigationRefusedException;

/**
 * Meta confirms an objection a second time, with a message in the account's Support Inbox. This
 * opens the inbox at the profile's address (the person logs in where Meta asks), waits while the
 * person opens Meta's message and says so, in the banner or the terminal, and keeps the page as the
 * confirmation is kept: an addendum to the evidence folder, which leaves what was sealed untouched.
 * Like the filing, it acts only on the profile's hosts and waits through any other page untouched.
 */
public final class InboxVisit {
  private final FlowSettings settings;
  private final Narrator narrator;
  private final Clock clock;
  private final PatientWait wait;

  public InboxVisit(FlowSettings settings, Narrator narrator, Clock clock) {
    this.settings = settings;
    this.narrator = narrator;
    this.clock = clock;
    this.wait = new PatientWait(narrator, clock, settings.progressEvery());
  }

  /**
   * @param page the form's page; its profile must name the inbox's address
   * @param evidence the evidence folder of the objection Meta's message confirms
   * @param saidDone whether the person said in the terminal, since the last call, that the message
   *     shows
   * @return {@link ExitCode#OK} (0) where the message was kept, else why not, said to the person
   */
  public ExitCode keep(FormPage page, Path evidence, Person person, BooleanSupplier saidDone) {
    try {
      return visit(page, evidence, person, saidDone).isPresent() ? ExitCode.OK : ExitCode.NOT_SENT;
    } catch (RuntimeException e) {
      Abort abort = Abort.of(e, page.profile(), narrator.messages()).orElseThrow(() -> e);
      narrator.say("inbox.aborted", abort.message());
      return abort.exitCode();
    }
  }

  private Optional<Path> visit(
      FormPage page, Path evidence, Person person, BooleanSupplier saidDone) {
    page.navigation().openSupportInbox();
    narrator.say("inbox.open", narrator.platform(page.profile()), settings.reviewTimeout());
    Watch watch = new Watch(page, person, saidDone);
    if (wait.until("inbox.still.waiting", settings.reviewTimeout(), watch::messageShown)
        .isEmpty()) {
      narrator.say("inbox.timeout", settings.reviewTimeout());
      return Optional.empty();
    }
    if (!page.onAllowedHost(page.address())) {
      throw new NavigationRefusedException(
          "The browser left the hosts of " + page.profile().source() + " before the page was kept");
    }
    page.overlay().clear();
    List<String> confirmation = page.confirmationLines();
    Path addendum =
        new AddendumWriter(Tool.current(), narrator.messages(), clock)
            .add(
                evidence,
                InboxAddendum.of(
                    page.capture(),
                    page.navigation().currentUrl(),
                    page.navigation().title(),
                    confirmation));
    narrator.say(confirmation.isEmpty() ? "inbox.kept.unrecognised" : "inbox.kept", addendum);
    return Optional.of(addendum);
  }

  /** One visit's watch over the browser: login, a landing elsewhere, the person's word. */
  private final class Watch {
    private final FormPage page;
    private final Person person;
    private final BooleanSupplier saidDone;
    private boolean loggingIn;

    Watch(FormPage page, Person person, BooleanSupplier saidDone) {
      this.page = page;
      this.person = person;
      this.saidDone = saidDone;
    }

    Optional<Boolean> messageShown() {
      URI address = page.address();
      if (!page.onAllowedHost(address)) {
        return Optional.empty();
      }
      String platform = narrator.platform(page.profile());
      if (page.loginGateShows(address)) {
        loggingIn = true;
        narrator.show(page.overlay(), "login.banner.inbox", platform);
        person.duringLogin(page);
        return Optional.empty();
      }
      if (loggingIn) {
        // Meta may land a fresh login on the feed: back to the inbox, once per login.
        loggingIn = false;
        page.navigation().openSupportInbox();
        return Optional.empty();
      }
      page.overlay()
          .showWithButton(
              narrator.messages().language(),
              narrator.messages().text("inbox.banner", platform),
              narrator.messages().text("inbox.banner.done"));
      person.duringInbox(page);
      // The person may have gone elsewhere meanwhile: only a page of the profile's hosts is kept.
      boolean done =
          page.onAllowedHost(page.address())
              && (page.overlay().pressed() || saidDone.getAsBoolean());
      return done ? Optional.of(Boolean.TRUE) : Optional.empty();
    }
  }
}
