package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log of a whole run carries the flow's steps, and never the person's e-mail or reason. */
@Tag("browser")
class LogPrivacyTest {
  private static final String EMAIL = "log.privacy.4711@example.org";
  private static final String REASON = "Unverwechselbare Begruendung Kranich-Ziffer 90210";

  @TempDir Path evidence;

  @Test
  void aFullRunLogsItsStatesButNeitherTheAddressNorTheReason() {
    CommandRun run =
        CommandRun.of(
            "demo",
            "--platform",
            "instagram",
            "--lang",
            "de",
            "--email",
            EMAIL,
            "--reason",
            REASON,
            "--evidence-dir",
            evidence.toString());

    String logged = run.log();
    assertEquals(0, run.exitCode(), run.printed());
    assertTrue(logged.contains("instagram: FILL") && logged.contains("instagram: DONE"), logged);
    assertTrue(run.out().contains(EMAIL), "the person's own terminal shows what was filled");
    assertFalse(logged.contains(EMAIL), logged);
    assertFalse(logged.contains("log.privacy.4711"), logged);
    assertFalse(logged.contains("Kranich-Ziffer"), logged);
  }
}
