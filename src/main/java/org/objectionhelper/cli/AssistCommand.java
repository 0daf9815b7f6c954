package org.objectionhelper.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Language;
import org.objectionhelper.profile.ReasonTemplates;
import org.objectionhelper.questions.Answers;
import org.objectionhelper.questions.EvidenceRoot;
import org.objectionhelper.questions.TerminalCharset;
import picocli.CommandLine.Command;
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
      description = "Language of the questions and of the browser (default: de).")
  Language language = Language.DE;

  @Option(
      names = "--replica",
      description =
          "Rehearse on the bundled replica of Meta's forms: a stand-in logs in and clicks Send there.")
  boolean replica;

  @Option(
      names = "--headless",
      description = "Run the browser without a window (for tests of --replica).")
  boolean headless;

  private final BufferedReader input;
  private final UnaryOperator<Person> watch;

  /** Assist takes none of the browser options; the defaults serve. */
  private final RunOptions options = new RunOptions();

  private ReplicaStage stage;
  private Answers answers;

  AssistCommand() {
    this(
        new BufferedReader(new InputStreamReader(System.in, TerminalCharset.current())),
        UnaryOperator.identity());
  }

  /**
   * @param watch wraps whoever plays the person, for tests that look at the page as they act
   */
  AssistCommand(BufferedReader input, UnaryOperator<Person> watch) {
    this.input = input;
    this.watch = watch;
  }

  @Override
  RunOptions options() {
    return options;
  }

  @Override
  Language language() {
    return language;
  }

  /** The folder the person chose in the dialogue, checked there. */
  @Override
  EvidenceRoot evidenceRoot() {
    return answers.evidenceRoot();
  }

  @Override
  public Integer call() {
    try {
      if (!replica) {
        return super.call();
      }
      try (ReplicaStage replicaStage = ReplicaStage.start(narrator())) {
        stage = replicaStage;
        return super.call();
      }
    } catch (AssistSession.Declined declined) {
      narrator().say("assist.declined");
      return ExitCode.NOT_SENT.code();
    } catch (Dialogue.Ended ended) {
      narrator().say("assist.ended");
      return ExitCode.NOT_SENT.code();
    }
  }

  @Override
  boolean headless() {
    return headless;
  }

  /** All questions come first: no browser opens before the person has agreed and answered. */
  @Override
  void checkInput() {
    answers =
        new AssistSession(
                new Dialogue(input, narrator()), ReasonTemplates.bundled(), EvidenceRoot.HOME)
            .run();
  }

  @Override
  Filing filing() {
    List<FormProfile> profiles = profiles(answers.platforms());
    String email = answers.request().email();
    Person person = replica ? stage.standIn(email) : Person.AT_THE_BROWSER;
    return new Filing(
        replica ? stage.rehost(profiles) : profiles, answers.request(), watch.apply(person));
  }

  @Override
  boolean filedWithMeta() {
    return !replica;
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
