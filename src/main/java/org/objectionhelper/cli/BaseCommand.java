package org.objectionhelper.cli;

import java.util.concurrent.Callable;
import org.objectionhelper.basics.Language;
import org.objectionhelper.browser.BrowserStartException;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ExitException;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.ProfileException;
import org.objectionhelper.questions.Rejected;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command is: its work in {@link #doCall}, which ends with an {@link ExitCode} or throws
 * an {@link ExitException} for {@link ExitHandler} to say. The packages below know no exit codes:
 * what they throw before any form is reached becomes an {@code ExitException} here, in the
 * command's language ({@link StartProblems}).
 */
abstract class BaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** The command's work: how it ended, or an {@link ExitException} where it could not go on. */
  abstract ExitCode doCall();

  /** The language the command speaks to the person in. */
  abstract Language language();

  @Override
  public final Integer call() {
    try {
      return doCall().code();
    } catch (Rejected | ProfileException | BrowserStartException problem) {
      throw StartProblems.ending(problem, Messages.of(language()));
    }
  }
}
