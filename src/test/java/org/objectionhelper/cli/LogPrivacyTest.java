package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The log of a whole run carries the flow's steps, and never the person's e-mail or reason. */
class LogPrivacyTest {
  private static final String EMAIL = "log.privacy.4711@example.org";
  private static final String REASON = "Unverwechselbare Begruendung Kranich-Ziffer 90210";

  @TempDir Path evidence;

  @Test
  void aFullRunLogsItsStatesButNeitherTheAddressNorTheReason() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    StringWriter terminal = new StringWriter();
    int exit;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      CommandLine commandLine = ObjectionCommand.commandLine();
      commandLine.setOut(new PrintWriter(terminal, true));
      commandLine.setErr(new PrintWriter(terminal, true));
      exit =
          commandLine.execute(
              "demo", "--platform", "instagram", "--lang", "de", "--email", EMAIL, "--reason", REASON,
              "--evidence-dir", evidence.toString());
    } finally {
      System.setErr(originalErr);
    }

    String logged = log.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, terminal.toString());
    assertTrue(logged.contains("instagram: FILL") && logged.contains("instagram: DONE"), logged);
    assertTrue(terminal.toString().contains(EMAIL), "the person's own terminal shows what was filled");
    assertFalse(logged.contains(EMAIL), logged);
    assertFalse(logged.contains("log.privacy.4711"), logged);
    assertFalse(logged.contains("Kranich-Ziffer"), logged);
  }
}
