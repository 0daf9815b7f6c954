package org.objectionhelper.flow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.profile.FormProfile;

/**
 * Files one request on one or more forms in one browser, one after the other, and sums up. A
 * platform that did not finish stops the run: the person should look before going on.
 */
public final class FilingRunner {
  private final FlowSettings settings;
  private final Narrator narrator;

  FilingRunner(FlowSettings settings, Narrator narrator) {
    this.settings = settings;
    this.narrator = narrator;
  }

  List<Outcome> run(
      List<FormProfile> profiles, ObjectionRequest request, Person person, BrowserSession session) {
    ObjectionFlow flow = new ObjectionFlow(settings, person, narrator, Clock.systemDefaultZone());
    List<Outcome> outcomes = new ArrayList<>();
    for (FormProfile profile : profiles) {
      Outcome outcome = flow.file(FormPage.in(session, profile), request, session.browserVersion());
      outcomes.add(outcome);
      if (!outcome.sent()) {
        break;
      }
    }
    summarise(profiles, outcomes);
    return outcomes;
  }

  /** The exit code of a run: that of the first platform that did not finish, else OK. */
  public static ExitCode exitCode(List<Outcome> outcomes) {
    return outcomes.stream()
        .filter(outcome -> !outcome.sent())
        .map(Outcome::exitCode)
        .findFirst()
        .orElse(ExitCode.OK);
  }

  private void summarise(List<FormProfile> profiles, List<Outcome> outcomes) {
    if (profiles.size() < 2) {
      return;
    }
    for (int i = 0; i < profiles.size(); i++) {
      String name = narrator.platform(profiles.get(i));
      if (i >= outcomes.size()) {
        narrator.say("run.summary.skipped", name);
      } else if (outcomes.get(i).sent()) {
        narrator.say("run.summary.sent", name, outcomes.get(i).evidence().orElseThrow());
      } else {
        narrator.say("run.summary.failed", name, outcomes.get(i).exitCode().code());
      }
    }
  }
}
