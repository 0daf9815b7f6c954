package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserChoiceTest {
  @TempDir Path bin;

  @Test
  void parsesTheFourBrowserNamesInAnyCase() {
    assertEquals(Optional.of(BrowserChoice.CHROME), BrowserChoice.parse("chrome"));
    assertEquals(Optional.of(BrowserChoice.CHROMIUM), BrowserChoice.parse("Chromium"));
    assertEquals(Optional.of(BrowserChoice.EDGE), BrowserChoice.parse(" EDGE "));
    assertEquals(Optional.of(BrowserChoice.FIREFOX), BrowserChoice.parse("firefox"));
  }

  @Test
  void refusesNamesItDoesNotKnow() {
    assertTrue(BrowserChoice.parse("safari").isEmpty());
    assertTrue(BrowserChoice.parse("").isEmpty());
    assertEquals("chromium, chrome, edge, firefox", BrowserChoice.names());
  }

  @Test
  void eachBrowserHasItsOwnDriver() {
    assertEquals("chromedriver", BrowserChoice.CHROME.driver());
    assertEquals("chromedriver", BrowserChoice.CHROMIUM.driver());
    assertEquals("msedgedriver", BrowserChoice.EDGE.driver());
    assertEquals("geckodriver", BrowserChoice.FIREFOX.driver());
  }

  @Test
  void withoutAChoiceTakesTheFirstInstalledBrowser() throws Exception {
    ExecutableSearch path = new ExecutableSearch(List.of(bin));
    assertEquals(BrowserChoice.CHROMIUM, BrowserChoice.installed(path), "nothing installed: Chromium, with its hint");

    Programs.install(bin, "firefox-esr");
    assertEquals(BrowserChoice.FIREFOX, BrowserChoice.installed(path));

    Programs.install(bin, "microsoft-edge");
    assertEquals(BrowserChoice.EDGE, BrowserChoice.installed(path));
  }
}
