package org.objectionhelper.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Run in a child JVM by {@link ChromiumProcessTest}: starts Chromium as the tool does, says so with
 * its profile on standard output, and waits to be stopped before any session takes it over.
 */
public final class StartingBrowserMain {
  static final String STARTED = "started, profile ";

  private StartingBrowserMain() {}

  public static void main(String[] args) throws Exception {
    Path chromium =
        ExecutableSearch.ofSystemPath().find(BrowserChoice.CHROMIUM.programs()).orElseThrow();
    Path browserProfile = Files.createTempDirectory("starting-browser-");
    ChromiumProcess browser =
        ChromiumProcess.start(
            chromium,
            List.of("--headless=new", "--disable-gpu", "--no-sandbox"),
            browserProfile,
            "{}");
    browser.debuggerAddress(Duration.ofSeconds(60));
    System.out.println(STARTED + browserProfile);
    Thread.sleep(Duration.ofMinutes(5).toMillis());
  }
}
