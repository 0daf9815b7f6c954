package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.replica.Quirk;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.ReplicaSite;

/** The replica's stand-in for the person acts on what the page shows, as a person would. */
@Tag("browser")
class SimulatedPersonTest {
  private static final String EMAIL = "anna.beispiel@example.org";

  @TempDir Path evidence;

  @Test
  void logsInOnceTheLoginFormShowsEvenWhenThePageRendersItLate() {
    ReplicaSite.Options lateLogin = ReplicaSite.Options.defaults().withQuirks(Quirk.SLOW_LOGIN);
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence, lateLogin)) {
      Outcome outcome =
          harness.file(
              Platform.INSTAGRAM,
              new ObjectionRequest(EMAIL, Optional.empty(), Optional.empty()),
              ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
      assertEquals(1, harness.replica.submissions().size());
    }
  }
}
