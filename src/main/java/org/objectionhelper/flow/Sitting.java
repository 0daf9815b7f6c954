package org.objectionhelper.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.page.Navigation;
import org.objectionhelper.profile.FormProfile;
import org.openqa.selenium.WebDriverException;

/**
 * Several accounts in one sitting (a family, an advice desk): each account files in a browser of
 * its own, with a fresh throw-away profile, and is logged out before that browser closes, so that
 * no account's session reaches the next. Each account gets its own evidence, and a summary lists
 * them all. An account that did not finish ends the sitting, as a platform ends a run: the person
 * should look before going on.
 */
public final class Sitting {
  private final FlowSettings settings;
  private final Narrator narrator;
  private final Supplier<BrowserSession> nextBrowser;
  private final AfterFiling afterwards;

  /**
   * @param nextBrowser starts the browser for each account after the first
   */
  public Sitting(FlowSettings settings, Narrator narrator, Supplier<BrowserSession> nextBrowser) {
    this(settings, narrator, nextBrowser, AfterFiling.NOTHING);
  }

  private Sitting(
      FlowSettings settings,
      Narrator narrator,
      Supplier<BrowserSession> nextBrowser,
      AfterFiling afterwards) {
    this.settings = settings;
    this.narrator = narrator;
    this.nextBrowser = nextBrowser;
    this.afterwards = afterwards;
  }

  /** The same sitting, doing {@code afterwards} after each account's filing, still logged in. */
  public Sitting then(AfterFiling afterwards) {
    return new Sitting(settings, narrator, nextBrowser, afterwards);
  }

  /**
   * @param accounts one request per account, in order, each with that account's e-mail address
   * @param first the browser for the first account, already started
   * @return the outcomes of all accounts, in order
   */
  public List<Outcome> run(
      List<FormProfile> profiles,
      List<ObjectionRequest> accounts,
      Function<ObjectionRequest, Person> people,
      BrowserSession first) {
    FilingRunner runner = new FilingRunner(settings, narrator);
    if (accounts.size() == 1) {
      Person person = people.apply(accounts.get(0));
      List<Outcome> outcomes = runner.run(profiles, accounts.get(0), person, first);
      afterwards.after(first, profiles, outcomes, person);
      return outcomes;
    }
    List<List<Outcome>> byAccount = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      ObjectionRequest account = accounts.get(i);
      narrator.say("accounts.next", i + 1, accounts.size(), account.email());
      List<Outcome> outcomes;
      if (i == 0) {
        outcomes = fileAndLogOut(runner, profiles, account, people.apply(account), first);
      } else {
        try (BrowserSession session = nextBrowser.get()) {
          outcomes = fileAndLogOut(runner, profiles, account, people.apply(account), session);
        }
      }
      byAccount.add(outcomes);
      if (FilingRunner.exitCode(outcomes) != ExitCode.OK) {
        break;
      }
    }
    summarise(accounts, byAccount);
    return byAccount.stream().flatMap(List::stream).toList();
  }

  private List<Outcome> fileAndLogOut(
      FilingRunner runner,
      List<FormProfile> profiles,
      ObjectionRequest account,
      Person person,
      BrowserSession session) {
    try {
      List<Outcome> outcomes = runner.run(profiles, account, person, session);
      afterwards.after(session, profiles, outcomes, person);
      return outcomes;
    } finally {
      for (FormProfile profile : profiles) {
        try {
          new Navigation(session.driver(), profile).logOut();
        } catch (WebDriverException gone) {
          // A closed window has no session left to end; the browser profile goes with it.
        }
      }
    }
  }

  private void summarise(List<ObjectionRequest> accounts, List<List<Outcome>> byAccount) {
    for (int i = 0; i < accounts.size(); i++) {
      String email = accounts.get(i).email();
      if (i >= byAccount.size()) {
        narrator.say("accounts.summary.skipped", i + 1, email);
        continue;
      }
      Optional<Outcome> failed =
          byAccount.get(i).stream().filter(outcome -> !outcome.sent()).findFirst();
      if (failed.isEmpty()) {
        narrator.say("accounts.summary.sent", i + 1, email);
      } else {
        narrator.say("accounts.summary.failed", i + 1, email, failed.get().exitCode().name());
      }
    }
  }
}
