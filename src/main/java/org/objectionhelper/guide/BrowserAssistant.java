package org.objectionhelper.guide;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.flow.FlowSettings;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.flow.Sitting;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.questions.Answers;

/**
 * {@code objection assist --in-browser}: the questions in the browser's own window, then Meta's
 * form in the same window ({@link Sitting}, as in the terminal assistant), then the end page; for
 * another account, a fresh browser and the e-mail question again. The local pages never send the
 * objection: that stays the person's click on Meta's form.
 */
public final class BrowserAssistant {
  /**
   * What the run needs from the command.
   *
   * @param profiles the form profiles for the platforms chosen
   * @param people who plays the person on Meta's pages, for each account
   * @param settings the flow's settings for the folder chosen
   * @param nextBrowser starts a fresh browser, for each further account
   * @param visitor who answers the local pages
   */
  public record Setup(
      Function<List<Platform>, List<FormProfile>> profiles,
      Function<ObjectionRequest, Person> people,
      Function<Path, FlowSettings> settings,
      Supplier<BrowserSession> nextBrowser,
      PrintWriter terminal,
      PageVisitor visitor) {}

  private final LocalGuide guide;
  private final Setup setup;

  public BrowserAssistant(LocalGuide guide, Setup setup) {
    this.guide = guide;
    this.setup = setup;
  }

  /**
   * @param first the browser already started; the run may close it for another account's
   * @return the outcomes of every platform and account, in order
   * @throws NotAnswered if the person declines, or closes the window before answering
   */
  public List<Outcome> run(BrowserSession first) {
    List<Outcome> all = new ArrayList<>();
    List<BrowserSession> started = new ArrayList<>();
    try {
      BrowserSession browser = first;
      Answers answers = guide.ask(browser, LocalPage.START, setup.visitor());
      while (true) {
        all.addAll(file(answers, browser));
        if (!guide.anotherAccount(browser, all, setup.visitor())) {
          return all;
        }
        browser.close();
        browser = setup.nextBrowser().get();
        started.add(browser);
        answers = guide.ask(browser, LocalPage.ACCOUNT, setup.visitor());
      }
    } finally {
      started.forEach(BrowserSession::close);
    }
  }

  private List<Outcome> file(Answers answers, BrowserSession browser) {
    Narrator narrator = new Narrator(Messages.of(guide.language()), setup.terminal());
    List<ObjectionRequest> accounts =
        answers.accounts().stream().map(answers.request()::forAccount).toList();
    return new Sitting(
            setup.settings().apply(answers.evidenceRoot().path()), narrator, setup.nextBrowser())
        .run(setup.profiles().apply(answers.platforms()), accounts, setup.people(), browser);
  }
}
