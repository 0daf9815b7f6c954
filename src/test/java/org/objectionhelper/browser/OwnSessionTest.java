package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.objectionhelper.basics.Language;

/**
 * Ctrl-C reaches the terminal's whole process group: the browser and its driver must not be in it,
 * or they end before the tool has kept its evidence (Linux, where {@code setsid} does it).
 */
@Tag("browser")
class OwnSessionTest {

  @Test
  void theBrowserAndItsDriverRunInSessionsOfTheirOwn() throws Exception {
    assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "reads sessions from /proc (Linux)");
    assumeTrue(ExecutableSearch.ofSystemPath().find("setsid").isPresent(), "needs setsid");
    long own = session(ProcessHandle.current().pid());
    try (BrowserSession session =
        BrowserLauncher.standard().start(BrowserOptions.headless(Language.EN))) {
      Path browserProfile = session.throwawayBrowserProfile().orElseThrow();
      List<ProcessHandle> browser = ChildProcesses.runningWith("--user-data-dir=" + browserProfile);
      List<ProcessHandle> driver = ChildProcesses.runningWith("--log-path=" + browserProfile);
      assertEquals(1, browser.size(), "the browser, found by its profile");
      assertEquals(1, driver.size(), "chromedriver, found by its log in the profile");
      assertNotEquals(own, session(browser.get(0).pid()), "the browser is in the tool's session");
      assertNotEquals(own, session(driver.get(0).pid()), "the driver is in the tool's session");
    }
  }

  @Test
  void withoutSetsidTheCommandIsStartedAsItIs() {
    OwnSession none = new OwnSession(new ExecutableSearch(List.of()));
    assertEquals(
        List.of("chromium", "--headless"), none.command(List.of("chromium", "--headless")));
    assertFalse(none.command(List.of("x")).contains("setsid"));
  }

  /**
   * The session id, the sixth field of /proc/<pid>/stat (the name in parentheses may hold spaces).
   */
  private static long session(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(after[3]);
  }
}
