package org.objectionhelper.cli;

import java.util.List;
import java.util.function.Supplier;
import org.objectionhelper.cli.FilingCommand.Filing;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.Person;
import org.objectionhelper.profile.FormProfile;
import picocli.CommandLine.Option;

/**
 * {@code --replica}, which {@code file} and {@code assist} share: a rehearsal on the bundled
 * replica of Meta's forms, where a stand-in logs in and clicks Send in the person's place.
 */
final class ReplicaRehearsal {
  @Option(
      names = "--replica",
      description =
          "Rehearse on the bundled replica of Meta's forms: a stand-in logs in and clicks Send there; nothing reaches Meta.")
  boolean chosen;

  private ReplicaStage stage;

  /** Runs the command, with the replica up for its length where a rehearsal was chosen. */
  ExitCode around(Narrator narrator, Supplier<ExitCode> command) {
    if (!chosen) {
      return command.get();
    }
    try (ReplicaStage replica = ReplicaStage.rehearsal(narrator)) {
      stage = replica;
      return command.get();
    } finally {
      stage = null;
    }
  }

  /** The filing as asked, or in a rehearsal its forms on the replica with the stand-in acting. */
  Filing staged(Filing filing) {
    if (!chosen) {
      return filing;
    }
    return new Filing(
        rehosted(filing.profiles()),
        filing.request(),
        acting(filing.request().email()),
        filing.accounts());
  }

  /** The forms as asked, or in a rehearsal on the replica. */
  List<FormProfile> rehosted(List<FormProfile> profiles) {
    return chosen ? stage.rehost(profiles) : profiles;
  }

  /** Who acts at the browser for this account: the person, or in a rehearsal the stand-in. */
  Person acting(String email) {
    return chosen ? stage.standIn(email) : Person.AT_THE_BROWSER;
  }
}
