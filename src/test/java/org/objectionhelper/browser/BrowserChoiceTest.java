package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrowserChoiceTest {
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
}
