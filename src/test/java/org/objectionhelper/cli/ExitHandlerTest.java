package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.browser.BrowserStartException;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ExitException;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.ProfileException;
import org.objectionhelper.questions.Rejected;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A command ends by one way: an exit code, and for a failure one message, never a stack trace. */
class ExitHandlerTest {
  @TempDir Path scratch;

  /** A command whose work is to fail as it is told, in the language it is given. */
  @Command(name = "failing")
  static final class Failing extends BaseCommand {
    @Option(names = "--lang", converter = LanguageConverter.class)
    Language language = Language.EN;

    private final RuntimeException failure;

    Failing(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    Language language() {
      return language;
    }

    @Override
    ExitCode doCall() {
      throw failure;
    }
  }

  @Test
  void endsWithTheCodeTheCommandThrowsAndSaysItsMessageWithoutAStackTrace() {
    CommandRun run =
        failing(new ExitException(ExitCode.EVIDENCE_FAILED, "The folder is full."), "en");

    assertEquals(ExitCode.EVIDENCE_FAILED.code(), run.exitCode(), run.printed());
    assertEquals("The folder is full.", run.err().strip());
    assertNoStackTrace(run);
  }

  @Test
  void saysWhatThePackagesBelowRefuseInTheCommandsLanguageWithTheirCode() {
    for (Language language : Language.values()) {
      Messages messages = Messages.of(language);
      String lang = language.code();

      CommandRun rejected = failing(new Rejected("input.no.display"), lang);
      assertEquals(ExitCode.BAD_INPUT.code(), rejected.exitCode(), rejected.printed());
      assertEquals(messages.text("input.no.display"), rejected.err().strip());

      ProfileException unusable = new ProfileException("x.yaml", List.of("x.yaml: no email"));
      CommandRun profile = failing(unusable, lang);
      assertEquals(ExitCode.BAD_INPUT.code(), profile.exitCode(), profile.printed());
      assertEquals(
          messages.text("input.profile", unusable.getMessage()), profile.err().strip(), lang);

      BrowserStartException noBrowser = new BrowserStartException("no.devtools", 20);
      CommandRun browser = failing(noBrowser, lang);
      assertEquals(ExitCode.BROWSER_FAILED.code(), browser.exitCode(), browser.printed());
      assertEquals(
          messages.text("error.browser.start", noBrowser.text(messages)),
          browser.err().strip(),
          lang);

      List.of(rejected, profile, browser).forEach(ExitHandlerTest::assertNoStackTrace);
    }
  }

  @Test
  void aFaultOfTheToolIsAnInternalErrorInOneLine() {
    CommandRun run = failing(new IllegalStateException("a bug"), "en");

    assertEquals(ExitCode.INTERNAL_ERROR.code(), run.exitCode(), run.printed());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertEquals(
        "Internal error: java.lang.IllegalStateException: a bug", run.err().split(" \\(run")[0]);
    assertNoStackTrace(run);
  }

  /** The handler is the one the tool's command line is built with, for every command. */
  @Test
  void aCommandOfTheToolEndsThroughIt() {
    Path missing = scratch.resolve("missing");
    for (Language language : Language.values()) {
      CommandRun run = CommandRun.of("verify", "--lang", language.code(), missing.toString());

      assertEquals(ExitCode.BAD_INPUT.code(), run.exitCode(), run.printed());
      assertEquals(
          Messages.of(language).text("verify.no.folder", missing), run.err().strip(), run.err());
      assertNoStackTrace(run);
    }
  }

  private static CommandRun failing(RuntimeException failure, String lang) {
    return CommandRun.of(
        () -> {
          CommandLine line = new CommandLine(new Failing(failure));
          ExitHandler.installOn(line);
          return line;
        },
        "--lang",
        lang);
  }

  /** A stack trace's frames are lines "\tat ...": none in what the person reads, nor in the log. */
  private static void assertNoStackTrace(CommandRun run) {
    assertFalse(run.printed().contains("\tat "), run.printed());
  }
}
