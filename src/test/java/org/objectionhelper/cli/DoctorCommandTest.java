package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code objection doctor} on this machine, where Debian's Chromium and chromedriver are installed.
 */
@Tag("browser")
class DoctorCommandTest {

  private static String run(String... args) {
    CommandRun run = CommandRun.of(args);
    assertEquals(0, run.exitCode(), run.printed());
    return run.out();
  }

  @Test
  void findsChromiumWithItsDriverAtTheSameVersionAndStartsASession() {
    String report = run("doctor", "--lang", "en");

    assertTrue(report.contains("Browser:  /usr/bin/chromium (Chromium "), report);
    assertTrue(report.contains("Driver:   /usr/bin/chromedriver (ChromeDriver "), report);
    assertTrue(report.matches("(?s).*Versions: browser and driver are both \\d+.*"), report);
    assertTrue(report.contains("Session:  started headless and opened a blank page in "), report);
    assertTrue(report.contains("Usable: chromium"), report);
  }
}
