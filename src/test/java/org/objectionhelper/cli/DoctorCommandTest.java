package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code objection doctor} on this machine, where Debian's Chromium and chromedriver are installed. */
class DoctorCommandTest {

  private static String run(StringWriter out, String... args) {
    CommandLine line = ObjectionCommand.commandLine();
    line.setOut(new PrintWriter(out, true));
    assertEquals(0, line.execute(args), out.toString());
    return out.toString();
  }

  @Test
  void findsChromiumWithItsDriverAtTheSameVersionAndStartsASession() {
    String report = run(new StringWriter(), "doctor", "--lang", "en");

    assertTrue(report.contains("Browser:  /usr/bin/chromium (Chromium "), report);
    assertTrue(report.contains("Driver:   /usr/bin/chromedriver (ChromeDriver "), report);
    assertTrue(report.matches("(?s).*Versions: browser and driver are both \\d+.*"), report);
    assertTrue(report.contains("Session:  started headless and opened a blank page in "), report);
    assertTrue(report.contains("Usable: chromium"), report);
  }
}
