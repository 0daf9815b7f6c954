package org.objectionhelper.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.browser.StopRequest;
import org.objectionhelper.flow.AfterFiling;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.FlowSettings;
import org.objectionhelper.flow.InboxVisit;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.SupportInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At the end of a filing, while the browser is still logged in: offers, per objection sent, to open
 * Meta's Support Inbox and keep Meta's message there as an addendum. Asked in the terminal, no
 * unless the person types yes; where the platform has no web address for its inbox, says where it
 * is instead. Whatever happens here, the run ends as the filing did.
 */
final class InboxOffer implements AfterFiling {
  private static final Logger LOG = LoggerFactory.getLogger(InboxOffer.class);
  private final FlowSettings settings;
  private final Narrator narrator;
  private final Supplier<Optional<TerminalLines>> terminal;
  private Optional<TerminalLines> lines;

  /**
   * @param terminal the person's lines, asked for at the first question; empty where nobody can
   *     answer (no terminal), and the offer is then a hint for later
   */
  InboxOffer(FlowSettings settings, Narrator narrator, Supplier<Optional<TerminalLines>> terminal) {
    this.settings = settings;
    this.narrator = narrator;
    this.terminal = terminal;
  }

  @Override
  public void after(
      BrowserSession browser, List<FormProfile> profiles, List<Outcome> outcomes, Person person) {
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      if (outcome.sent() && outcome.evidence().isPresent()) {
        offer(browser, profiles.get(i), outcome.evidence().get(), person);
      }
    }
  }

  private void offer(BrowserSession browser, FormProfile profile, Path evidence, Person person) {
    SupportInbox inbox = profile.supportInbox();
    if (inbox.url().isEmpty()) {
      Optional.ofNullable(inbox.where().get(narrator.messages().language()))
          .ifPresent(where -> narrator.say("inbox.in.app", narrator.platform(profile), where));
      return;
    }
    lines = lines == null ? terminal.get() : lines;
    if (lines.isEmpty() || !accepted(lines.get(), narrator.platform(profile))) {
      narrator.say("inbox.later", evidence.toAbsolutePath());
      return;
    }
    ExitCode kept;
    try {
      kept =
          new InboxVisit(settings, narrator, Clock.systemDefaultZone())
              .keep(
                  new FormPage(browser.driver(), profile),
                  evidence,
                  person,
                  () -> lines.get().poll().isPresent());
    } catch (RuntimeException bug) {
      // a fault of the tool here must not turn a filed objection into a failed run
      LOG.debug("the Support Inbox could not be kept", bug);
      kept = ExitCode.INTERNAL_ERROR;
    }
    if (kept != ExitCode.OK && !StopRequest.arrived()) {
      narrator.say("inbox.later", evidence.toAbsolutePath());
    }
  }

  /**
   * Asks; only a typed yes is yes: Enter, anything else, the input's end, or no answer within the
   * review timeout is no.
   */
  private boolean accepted(TerminalLines lines, String platform) {
    lines.discardTypedAhead();
    narrator.say("inbox.offer", platform);
    String answer =
        lines.next(settings.reviewTimeout()).orElse("").strip().toLowerCase(Locale.ROOT);
    String yes = narrator.messages().text("assist.words.yes");
    return Arrays.asList(yes.split(",")).contains(answer);
  }
}
