package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order drivers are looked for in: named, PATH, download; the download is a stand-in here. */
class DriverLocatorTest {
  @TempDir Path bin;
  @TempDir Path downloads;
  private final List<BrowserChoice> downloadsAsked = new ArrayList<>();

  private DriverLocator locator(Optional<Path> downloaded) {
    return new DriverLocator(
        new ExecutableSearch(List.of(bin)),
        browser -> {
          downloadsAsked.add(browser);
          return downloaded;
        });
  }

  @Test
  void takesTheDriverOnPathWithoutAskingForADownload() throws Exception {
    Path onPath = Programs.install(bin, "geckodriver");
    Path downloaded = Programs.install(downloads, "geckodriver");

    assertEquals(
        onPath, locator(Optional.of(downloaded)).locate(BrowserChoice.FIREFOX, Optional.empty()));
    assertTrue(downloadsAsked.isEmpty());
  }

  @Test
  void downloadsTheBrowsersOwnDriverOnlyWhenPathHasNone() throws Exception {
    Programs.install(bin, "chromedriver");
    Path downloaded = Programs.install(downloads, "msedgedriver");

    assertEquals(
        downloaded, locator(Optional.of(downloaded)).locate(BrowserChoice.EDGE, Optional.empty()));
    assertEquals(List.of(BrowserChoice.EDGE), downloadsAsked);
  }

  @Test
  void aNamedDriverWinsOverPathAndDownload() throws Exception {
    Programs.install(bin, "chromedriver");
    Path named = Programs.install(downloads, "my-chromedriver");

    assertEquals(
        named, locator(Optional.empty()).locate(BrowserChoice.CHROMIUM, Optional.of(named)));
    assertTrue(downloadsAsked.isEmpty());
  }

  @Test
  void saysHowToInstallTheDriverWhenNoneIsFound() {
    BrowserStartException failure =
        assertThrows(
            BrowserStartException.class,
            () -> locator(Optional.empty()).locate(BrowserChoice.FIREFOX, Optional.empty()));

    assertTrue(failure.getMessage().contains("No geckodriver found"), failure.getMessage());
    assertTrue(
        failure.getMessage().contains(BrowserChoice.FIREFOX.driverInstall()), failure.getMessage());
    assertEquals(1, failure.getMessage().lines().count());
  }

  @Test
  void refusesANamedDriverThatIsNotThere() {
    BrowserStartException failure =
        assertThrows(
            BrowserStartException.class,
            () ->
                locator(Optional.empty())
                    .locate(BrowserChoice.CHROMIUM, Optional.of(bin.resolve("nope"))));

    assertTrue(failure.getMessage().contains("nope"), failure.getMessage());
  }
}
