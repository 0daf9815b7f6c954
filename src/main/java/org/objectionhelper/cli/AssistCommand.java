package org.objectionhelper.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectionhelper.basics.Language;
import org.objectionhelper.flow.AfterFiling;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.FlowSettings;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.guide.BrowserAssistant;
import org.objectionhelper.guide.FolderOpener;
import org.objectionhelper.guide.LocalGuide;
import org.objectionhelper.guide.NotAnswered;
import org.objectionhelper.guide.PageVisitor;
import org.objectionhelper.profile.ReasonTemplates;
import org.objectionhelper.questions.Answers;
import org.objectionhelper.questions.EvidenceRoot;
import org.objectionhelper.questions.Questionnaire;
import org.objectionhelper.questions.TerminalCharset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "assist",
    mixinStandardHelpOptions = true,
    description = {
      "A guided session for helping someone in person: explains what will happen, asks "
          + "one question at a time (type \"back\" or \"zurück\" to return), then opens the form "
          + "for each platform in turn.",
      "The person logs in and clicks Send; the browser keeps nothing of theirs."
    })
final class AssistCommand extends FilingCommand {
  @Option(
      names = "--lang",
      paramLabel = "de|en",
      converter = LanguageConverter.class,
      description =
          "Language of the questions and of the browser (default: de; with --in-browser the"
              + " system's, German or English, and the person may choose the other).")
  Language language;

  @Option(
      names = "--in-browser",
      description =
          "Ask the questions in the browser window, on the tool's own local page, instead of in"
              + " the terminal (what starting without a command does).")
  boolean inBrowser;

  @Mixin ReplicaRehearsal rehearsal;

  @Option(
      names = "--headless",
      description = "Run the browser without a window (for tests of --replica).")
  boolean headless;

  private final BufferedReader input;
  private final UnaryOperator<Person> watch;
  private final PageVisitor visitor;
  private final FolderOpener opener;

  /** Assist takes none of the browser options; the defaults serve. */
  private final RunOptions options = new RunOptions();

  private Answers answers;

  AssistCommand() {
    this(
        new BufferedReader(new InputStreamReader(System.in, TerminalCharset.current().input())),
        UnaryOperator.identity(),
        PageVisitor.PERSON,
        FolderOpener.ofThisComputer());
  }

  /**
   * @param watch wraps whoever plays the person, for tests that look at the page as they act
   */
  AssistCommand(BufferedReader input, UnaryOperator<Person> watch) {
    this(input, watch, PageVisitor.PERSON, FolderOpener.ofThisComputer());
  }

  /**
   * @param visitor answers the local pages of {@code --in-browser}, for tests that act there
   * @param opener shows the evidence folder when the end page asks to
   */
  AssistCommand(
      BufferedReader input, UnaryOperator<Person> watch, PageVisitor visitor, FolderOpener opener) {
    this.input = input;
    this.watch = watch;
    this.visitor = visitor;
    this.opener = opener;
  }

  @Override
  RunOptions options() {
    return options;
  }

  @Override
  Language language() {
    if (language != null) {
      return language;
    }
    return inBrowser ? Questionnaire.languages(Locale.getDefault()).defaultOption() : Language.DE;
  }

  /** The folder the person chose in the dialogue, checked there. */
  @Override
  EvidenceRoot evidenceRoot() {
    return answers.evidenceRoot();
  }

  /**
   * Where the person stops answering, nothing failed: it is said with the questions, in the
   * terminal, and the run ends as not sent.
   */
  @Override
  ExitCode doCall() {
    try {
      return rehearsal.around(narrator(), super::doCall);
    } catch (AssistSession.Declined declined) {
      narrator().say("assist.declined");
      return ExitCode.NOT_SENT;
    } catch (Dialogue.Ended ended) {
      narrator().say("assist.ended");
      return ExitCode.NOT_SENT;
    } catch (NotAnswered unanswered) {
      narrator().say(unanswered.declined() ? "assist.declined" : "assist.ended");
      return ExitCode.NOT_SENT;
    }
  }

  @Override
  boolean headless() {
    return headless;
  }

  /**
   * In the terminal, all questions come first: no browser opens before the person has agreed and
   * answered. In the browser, the questions come in its window, once it has started.
   */
  @Override
  void checkInput() {
    if (inBrowser) {
      return;
    }
    answers =
        new AssistSession(
                new Dialogue(input, narrator()), ReasonTemplates.bundled(), EvidenceRoot.HOME)
            .run();
  }

  @Override
  Filer filer() {
    if (!inBrowser) {
      return super.filer();
    }
    return (narrator, first, nextBrowser) -> {
      try (LocalGuide guide = LocalGuide.start(language(), opener)) {
        narrator.say("guide.started");
        BrowserAssistant.Setup setup =
            new BrowserAssistant.Setup(
                platforms -> rehearsal.rehosted(profiles(platforms)),
                account -> watch.apply(rehearsal.acting(account.email())),
                folder -> options().flowSettings(folder),
                nextBrowser,
                spec.commandLine().getOut(),
                visitor);
        return new BrowserAssistant(guide, setup).run(first);
      }
    };
  }

  @Override
  Filing filing() {
    Filing filing =
        rehearsal.staged(
            new Filing(profiles(answers.platforms()), answers.request(), Person.AT_THE_BROWSER));
    return new Filing(
        filing.profiles(), filing.request(), watch.apply(filing.person()), filing.accounts());
  }

  /** After the confirmation, while still logged in: Meta's message in the Support Inbox. */
  @Override
  AfterFiling afterFiling(FlowSettings settings, Narrator narrator) {
    // The dialogue is over by then: its input is the person's terminal from here on.
    return new InboxOffer(settings, narrator, () -> Optional.of(TerminalLines.of(input)));
  }

  @Override
  boolean filedWithMeta() {
    return !rehearsal.chosen;
  }

  /** The last line: where the proof is, and how many files it has. */
  @Override
  void finished(List<Outcome> outcomes) {
    List<Path> folders = outcomes.stream().flatMap(outcome -> outcome.evidence().stream()).toList();
    if (folders.isEmpty()) {
      narrator().say("assist.proof.none");
      return;
    }
    String where =
        folders.stream()
            .map(
                folder ->
                    narrator()
                        .messages()
                        .text("assist.proof.folder", folder.toAbsolutePath(), fileCount(folder)))
            .collect(Collectors.joining(", "));
    narrator().say("assist.proof", where);
  }

  private static long fileCount(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
