package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.i18n.Messages;

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

  @Test
  void knowsTheSystemFromOsName() {
    assertEquals(HostSystem.LINUX, HostSystem.named("Linux"));
    assertEquals(HostSystem.WINDOWS, HostSystem.named("Windows 11"));
    assertEquals(HostSystem.WINDOWS, HostSystem.named("Windows Server 2022"));
    assertEquals(HostSystem.MAC, HostSystem.named("Mac OS X"));
    assertEquals(HostSystem.OTHER, HostSystem.named("FreeBSD"));
    assertEquals(HostSystem.OTHER, HostSystem.named(""));
  }

  /**
   * apt-get exists on Debian-like Linux only; elsewhere the person is sent to the download page.
   */
  @ParameterizedTest
  @CsvSource({
    "LINUX, DE, So installierst du ihn: sudo apt-get install -y chromium",
    "LINUX, EN, Install it: sudo apt-get install -y chromium",
    "WINDOWS, DE, So installierst du ihn: https://www.chromium.org/getting-involved/download-chromium/",
    "WINDOWS, EN, Install it: https://www.chromium.org/getting-involved/download-chromium/",
    "MAC, DE, So installierst du ihn: https://www.chromium.org/getting-involved/download-chromium/",
    "MAC, EN, Install it: https://www.chromium.org/getting-involved/download-chromium/",
  })
  void hintsHowToInstallTheBrowserAsTheSystemDoesIt(
      HostSystem system, Language language, String hint) {
    String message =
        Messages.of(language)
            .text("browser.start.failed", "x", BrowserChoice.CHROMIUM.browserInstall(system));

    assertTrue(message.endsWith(hint), message);
  }

  @ParameterizedTest
  @CsvSource({
    "LINUX, DE, sudo apt-get install -y chromium und sudo apt-get install -y chromium-driver",
    "LINUX, EN, sudo apt-get install -y chromium and sudo apt-get install -y chromium-driver",
    "WINDOWS, DE, download-chromium/ und https://googlechromelabs.github.io/chrome-for-testing/",
    "WINDOWS, EN, download-chromium/ and https://googlechromelabs.github.io/chrome-for-testing/",
    "MAC, DE, download-chromium/ und https://googlechromelabs.github.io/chrome-for-testing/",
    "MAC, EN, download-chromium/ and https://googlechromelabs.github.io/chrome-for-testing/",
  })
  void doctorNamesBrowserAndDriverHintsOfTheSystem(
      HostSystem system, Language language, String hints) {
    String message =
        Messages.of(language)
            .text(
                "doctor.none",
                BrowserChoice.CHROMIUM.browserInstall(system),
                BrowserChoice.CHROMIUM.driverInstall(system));

    assertTrue(message.endsWith(hints), message);
    assertEquals(system == HostSystem.LINUX, message.contains("apt-get"), message);
  }

  @Test
  void browsersWithoutADebianPackageHereAreDownloadedOnEverySystem() {
    for (HostSystem system : HostSystem.values()) {
      assertEquals("https://www.google.com/chrome/", BrowserChoice.CHROME.browserInstall(system));
      assertEquals("https://www.microsoft.com/edge", BrowserChoice.EDGE.browserInstall(system));
    }
    assertEquals(
        "sudo apt-get install -y firefox-esr",
        BrowserChoice.FIREFOX.browserInstall(HostSystem.LINUX));
    assertEquals(
        "https://www.mozilla.org/firefox/", BrowserChoice.FIREFOX.browserInstall(HostSystem.MAC));
    assertEquals(
        "https://github.com/mozilla/geckodriver/releases",
        BrowserChoice.FIREFOX.driverInstall(HostSystem.WINDOWS));
  }
}
