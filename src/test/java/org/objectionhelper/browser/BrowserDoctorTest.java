package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doctor's findings on a PATH of stand-in programs; the session trial is a stand-in too. */
class BrowserDoctorTest {
  @TempDir Path bin;
  private final List<BrowserChoice> tried = new ArrayList<>();

  private BrowserCheck check(BrowserChoice browser) {
    BrowserDoctor doctor =
        new BrowserDoctor(
            new ExecutableSearch(List.of(bin)),
            new BrowserFinder(new ExecutableSearch(List.of(bin)), notInstalled -> Optional.empty()),
            ProgramVersion::of,
            (choice, driver) -> {
              tried.add(choice);
              return new SessionTrial(Duration.ofMillis(900), Optional.empty());
            });
    return doctor.examine().stream()
        .filter(check -> check.browser() == browser)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void reportsMatchingVersionsAndAStartedSession() throws Exception {
    Programs.install(
        bin, "chromium", "Chromium 156.0.8078.79 built on Debian GNU/Linux 12 (bookworm)");
    Programs.install(bin, "chromedriver", "ChromeDriver 156.0.8078.79 (a21ce95c)");

    BrowserCheck chromium = check(BrowserChoice.CHROMIUM);

    assertEquals(
        Optional.of("Chromium 156.0.8078.79 built on Debian GNU/Linux 12 (bookworm)"),
        chromium.program().orElseThrow().version());
    assertEquals(Optional.of(true), chromium.versionsMatch());
    assertTrue(chromium.usable());
    assertTrue(chromium.fixes().isEmpty());
  }

  @Test
  void namesTheDriverFixWhenMajorVersionsDiffer() throws Exception {
    Programs.install(bin, "chromium", "Chromium 156.0.8078.79");
    Programs.install(bin, "chromedriver", "ChromeDriver 151.0.7000.1");

    BrowserCheck chromium = check(BrowserChoice.CHROMIUM);

    assertEquals(Optional.of(false), chromium.versionsMatch());
    assertEquals(List.of(BrowserChoice.CHROMIUM.driverInstall()), chromium.fixes());
  }

  @Test
  void triesNoSessionAndNamesBothFixesWhenBrowserAndDriverAreMissing() {
    BrowserCheck firefox = check(BrowserChoice.FIREFOX);

    assertTrue(firefox.program().isEmpty());
    assertTrue(firefox.session().isEmpty());
    assertFalse(firefox.usable());
    assertTrue(tried.isEmpty());
    assertEquals(
        List.of(BrowserChoice.FIREFOX.browserInstall(), BrowserChoice.FIREFOX.driverInstall()),
        firefox.fixes());
  }

  @Test
  void doesNotCompareFirefoxWithGeckodriverVersions() throws Exception {
    Programs.install(bin, "firefox-esr", "Mozilla Firefox 140.12.0esr");
    Programs.install(
        bin, "geckodriver", "geckodriver 0.36.0 (a3d508507022 2025-02-24 15:57 +0000)");

    BrowserCheck firefox = check(BrowserChoice.FIREFOX);

    assertTrue(firefox.versionsMatch().isEmpty());
    assertEquals(List.of(BrowserChoice.FIREFOX), tried);
    assertTrue(firefox.usable());
  }
}
