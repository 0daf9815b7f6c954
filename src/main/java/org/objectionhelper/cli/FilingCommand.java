package org.objectionhelper.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.objectionhelper.browser.BrowserLauncher;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.browser.BrowserStartException;
import org.objectionhelper.browser.PendingBrowser;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.FilingRunner;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.flow.Sitting;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Platform;
import org.objectionhelper.profile.ProfileException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code file}, {@code demo} and {@code assist} share: check the input, load the profiles,
 * run the filing, and turn every way it can end into a message and an exit code, never a stack
 * trace.
 */
abstract class FilingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /**
   * What to file, where, and who plays the person.
   *
   * @param accounts the e-mail address of each account to file for in this sitting, in order
   */
  record Filing(List<FormProfile> profiles, ObjectionRequest request, Person person, List<String> accounts) {
    Filing(List<FormProfile> profiles, ObjectionRequest request, Person person) {
      this(profiles, request, person, List.of(request.email()));
    }
  }

  abstract RunOptions options();

  abstract boolean headless();

  /**
   * Checks what the person typed, before the browser starts; throws {@link RequestInput.Rejected}.
   */
  abstract void checkInput();

  /**
   * Builds the filing, reading profiles and templates while the browser starts; throws {@link
   * RequestInput.Rejected} or {@link ProfileException}.
   */
  abstract Filing filing();

  /** Called with the outcomes once the browser is closed. */
  void finished(List<Outcome> outcomes) {}

  Narrator narrator() {
    return new Narrator(Messages.of(options().language), spec.commandLine().getOut());
  }

  @Override
  public Integer call() {
    Narrator narrator = narrator();
    try {
      checkDisplay();
      checkInput();
      checkWritable(options().evidenceDir());
      BrowserLauncher launcher = BrowserLauncher.standard();
      BrowserOptions browserOptions = options().browserOptions(headless());
      try (PendingBrowser browser = PendingBrowser.start(launcher, browserOptions)) {
        Filing filing = filing();
        List<Outcome> outcomes =
            new Sitting(options().flowSettings(), narrator, () -> launcher.start(browserOptions))
                .run(
                    filing.profiles(),
                    filing.accounts().stream().map(filing.request()::forAccount).toList(),
                    account -> filing.person(),
                    browser.session());
        finished(outcomes);
        return FilingRunner.exitCode(outcomes);
      }
    } catch (RequestInput.Rejected e) {
      spec.commandLine().getErr().println(narrator.messages().text(e.key(), e.values()));
      return ExitCode.BAD_INPUT.code();
    } catch (ProfileException | BrowserStartException e) {
      return StartProblems.report(e, narrator.messages(), spec.commandLine().getErr());
    }
  }

  List<FormProfile> profiles(List<Platform> platforms) {
    return options().formProfiles(platforms);
  }

  /** A browser window needs a screen; on Linux without one, say so rather than fail to start. */
  private void checkDisplay() {
    boolean linux = System.getProperty("os.name").startsWith("Linux");
    boolean noDisplay = System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null;
    if (!headless() && options().grid == null && linux && noDisplay) {
      throw new RequestInput.Rejected("input.no.display");
    }
  }

  private static void checkWritable(Path evidenceDir) {
    if (!writable(evidenceDir)) {
      throw new RequestInput.Rejected("input.evidence.dir", evidenceDir.toString());
    }
  }

  /** Whether the folder, or the nearest one above it that exists, can be written to. */
  static boolean writable(Path folder) {
    Path existing = folder.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing != null && Files.isDirectory(existing) && Files.isWritable(existing);
  }
}
