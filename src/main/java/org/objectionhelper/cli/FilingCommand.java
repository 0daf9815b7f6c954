package org.objectionhelper.cli;

import java.util.List;
import java.util.function.Supplier;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.browser.BrowserLauncher;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.browser.PendingBrowser;
import org.objectionhelper.flow.AfterFiling;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.FilingRunner;
import org.objectionhelper.flow.FlowSettings;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.flow.Sitting;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.ProfileException;
import org.objectionhelper.questions.EvidenceRoot;
import org.objectionhelper.questions.Rejected;

/**
 * What {@code file}, {@code demo} and {@code assist} share: check the input, load the profiles, run
 * the filing, and end with the exit code of the first form that did not finish.
 */
abstract class FilingCommand extends BaseCommand {
  /**
   * What to file, where, and who plays the person.
   *
   * @param accounts the e-mail address of each account to file for in this sitting, in order
   */
  record Filing(
      List<FormProfile> profiles, ObjectionRequest request, Person person, List<String> accounts) {
    Filing(List<FormProfile> profiles, ObjectionRequest request, Person person) {
      this(profiles, request, person, List.of(request.email()));
    }
  }

  abstract RunOptions options();

  abstract boolean headless();

  /**
   * Turns what the person typed into what the run uses, checking each value once, before the
   * browser starts; throws {@link Rejected} or {@link ProfileException}.
   */
  abstract void checkInput();

  /** Builds the filing from what {@link #checkInput} made, while the browser starts. */
  abstract Filing filing();

  /** False where the run filed on the replica, from which no e-mail of Meta's will come. */
  boolean filedWithMeta() {
    return true;
  }

  /**
   * What follows each account's filing while its browser is still logged in: nothing, unless a
   * command offers more (the Support Inbox).
   */
  AfterFiling afterFiling(FlowSettings settings, Narrator narrator) {
    return AfterFiling.NOTHING;
  }

  /** Called with the outcomes once the browser is closed. */
  void finished(List<Outcome> outcomes) {}

  /** The language of the messages and of the browser. */
  @Override
  Language language() {
    return options().language;
  }

  /**
   * Where the evidence goes: --evidence-dir, else the folder in the person's home; checked here.
   */
  EvidenceRoot evidenceRoot() {
    return EvidenceRoot.of(options().evidenceDir(EvidenceRoot.HOME));
  }

  Narrator narrator() {
    return new Narrator(Messages.of(language()), spec.commandLine().getOut());
  }

  /** How the run files once the browser has started. */
  @FunctionalInterface
  interface Filer {
    /**
     * @param first the browser started for the run
     * @param nextBrowser starts a fresh browser, for each further account
     */
    List<Outcome> file(
        Narrator narrator, BrowserSession first, Supplier<BrowserSession> nextBrowser);
  }

  /**
   * The filing {@link #filing} builds, one account after the other ({@link Sitting}), into {@link
   * #evidenceRoot}, which is checked here, before the browser starts.
   */
  Filer filer() {
    EvidenceRoot evidenceRoot = evidenceRoot();
    return (narrator, first, nextBrowser) -> {
      Filing filing = filing();
      FlowSettings settings = options().flowSettings(evidenceRoot.path());
      return new Sitting(settings, narrator, nextBrowser)
          .then(afterFiling(settings, narrator))
          .run(
              filing.profiles(),
              filing.accounts().stream().map(filing.request()::forAccount).toList(),
              account -> filing.person(),
              first);
    };
  }

  @Override
  ExitCode doCall() {
    Narrator narrator = narrator();
    checkDisplay();
    checkInput();
    Filer filer = filer();
    BrowserLauncher launcher = BrowserLauncher.standard();
    BrowserOptions browserOptions = options().browserOptions(headless(), language());
    try (PendingBrowser browser = PendingBrowser.start(launcher, browserOptions)) {
      List<Outcome> outcomes =
          filer.file(narrator, browser.session(), () -> launcher.start(browserOptions));
      if (filedWithMeta()) {
        MailHint.tell(narrator, outcomes);
      }
      finished(outcomes);
      return FilingRunner.exitCode(outcomes);
    }
  }

  List<FormProfile> profiles(List<Platform> platforms) {
    return options().formProfiles(platforms);
  }

  /** A browser window needs a screen; on Linux without one, say so rather than fail to start. */
  private void checkDisplay() {
    boolean linux = System.getProperty("os.name").startsWith("Linux");
    boolean noDisplay =
        System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null;
    if (!headless() && options().grid == null && linux && noDisplay) {
      throw new Rejected("input.no.display");
    }
  }
}
