package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.browser.BrowserLauncher;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.browser.ChildProcesses;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;

/**
 * What a local Chromium session offers beyond WebDriver (CDP, the whole page as PNG, PDF), and how
 * it starts: on a throw-away profile the tool starts the browser itself, for chromedriver to attach
 * to; on a kept profile chromedriver starts it.
 */
@Tag("browser")
class BrowserSessionCapabilitiesTest {
  @TempDir Path temp;

  @Test
  void localChromiumPicturesTheWholePageAndPrintsIt() throws Exception {
    try (BrowserSession session =
        BrowserLauncher.standard().start(BrowserOptions.headless(Language.EN))) {
      session.driver().get("about:blank");

      assertTrue(session.driver() instanceof HasCdp);
      PageCaptures.assertFullPageAndPdf(session.driver());
    }
  }

  /** Selenium's own 300 s would outlast its HTTP client: a stuck page would fail as the browser. */
  @Test
  void givesAPageAMinuteToFinishLoading() {
    try (BrowserSession session =
        BrowserLauncher.standard().start(BrowserOptions.headless(Language.EN))) {
      assertEquals(
          Duration.ofSeconds(60), session.driver().manage().timeouts().getPageLoadTimeout());
    }
  }

  @Test
  void startsChromiumItselfOnAThrowAwayProfileThatKeepsNoPasswordsAndSpeaksThePersonsLanguage()
      throws Exception {
    try (BrowserSession session =
        BrowserLauncher.standard().start(BrowserOptions.headless(Language.DE))) {
      Path browserProfile = session.throwawayBrowserProfile().orElseThrow();

      assertFalse(
          ChildProcesses.runningWith("--user-data-dir=" + browserProfile.toAbsolutePath())
              .isEmpty(),
          "the tool started the browser, not chromedriver");
      JsonNode preferences =
          new ObjectMapper().readTree(browserProfile.resolve("Default/Preferences").toFile());
      assertFalse(preferences.path("credentials_enable_service").asBoolean(true));
      assertFalse(preferences.path("profile").path("password_manager_enabled").asBoolean(true));
      assertFalse(preferences.path("autofill").path("profile_enabled").asBoolean(true));
      session.driver().get("about:blank");
      assertEquals(
          List.of("de-DE", "de", "en"),
          ((JavascriptExecutor) session.driver()).executeScript("return navigator.languages"));
    }
  }

  @Test
  void closingLeavesNothingOfTheBrowserInTheTempFolder() throws Exception {
    Path browserProfile;
    Path singleton;
    try (BrowserSession session =
        BrowserLauncher.standard().start(BrowserOptions.headless(Language.EN))) {
      browserProfile = session.throwawayBrowserProfile().orElseThrow();
      singleton = Files.readSymbolicLink(browserProfile.resolve("SingletonSocket")).getParent();
      assertTrue(Files.isDirectory(singleton), singleton.toString());
    }

    assertFalse(Files.exists(browserProfile), browserProfile.toString());
    assertFalse(Files.exists(singleton), "Chromium's folder for its socket: " + singleton);
  }

  @Test
  void aKeptProfileIsStartedByChromedriverAndOutlivesTheRun() throws Exception {
    Path kept = Files.createDirectory(temp.resolve("kept-profile"));
    BrowserOptions options =
        new BrowserOptions(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(kept),
            true,
            Language.EN);

    try (BrowserSession session = BrowserLauncher.standard().start(options)) {
      assertTrue(session.throwawayBrowserProfile().isEmpty());
      assertTrue(
          ChildProcesses.runningWith("--user-data-dir=" + kept.toAbsolutePath()).isEmpty(),
          "chromedriver started the browser");
      session.driver().get("about:blank");
      assertEquals(
          List.of("en-GB", "en", "de"),
          ((JavascriptExecutor) session.driver()).executeScript("return navigator.languages"));
    }

    assertTrue(Files.isDirectory(kept.resolve("Default")), "the kept profile stays");
  }
}
