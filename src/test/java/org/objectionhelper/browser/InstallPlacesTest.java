package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chrome, Edge and Firefox in the standard install places of Windows and macOS, on simulated folder
 * layouts, found by the real Selenium Manager with the arguments the tool gives it.
 */
class InstallPlacesTest {
  @TempDir Path root;

  @Test
  void asksSeleniumManagerOfflineAndWithoutStatistics() {
    List<List<String>> asked = new ArrayList<>();
    InstallPlaces places =
        new InstallPlaces(
            arguments -> {
              asked.add(arguments);
              return Optional.empty();
            },
            browser -> Optional.empty());

    places.find(BrowserChoice.EDGE);

    assertEquals(
        List.of(
            List.of("--browser", "edge", "--offline", "--avoid-stats", "--skip-driver-in-path")),
        asked);
  }

  @Test
  void asksWebDriverManagerOnlyForChromiumWhichSeleniumManagerDoesNotName() {
    List<BrowserChoice> database = new ArrayList<>();
    InstallPlaces places =
        new InstallPlaces(
            arguments -> Optional.empty(),
            browser -> {
              database.add(browser);
              return Optional.of(Path.of("chromium"));
            });

    assertEquals(Optional.of(Path.of("chromium")), places.find(BrowserChoice.CHROMIUM));
    assertTrue(places.find(BrowserChoice.CHROME).isEmpty());
    assertEquals(List.of(BrowserChoice.CHROMIUM), database);
  }

  @Test
  void theRealSeleniumManagerOfflineWarnsNobodyInTheTerminal() {
    List<LogRecord> published = new ArrayList<>();
    Logger manager = Logger.getLogger("org.openqa.selenium.manager.SeleniumManager");
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            published.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    manager.addHandler(handler);
    try {
      InstallPlaces.standard().find(BrowserChoice.EDGE);
    } finally {
      manager.removeHandler(handler);
    }

    assertEquals(
        List.of(),
        published.stream().map(LogRecord::getMessage).toList(),
        "e.g. 'Unable to discover proper msedgedriver version in offline mode'");
  }

  @Test
  void doesNotTakeTheChromiumSeleniumManagerOffersForChromeOnLinux() {
    InstallPlaces places =
        new InstallPlaces(
            arguments -> Optional.of(Path.of("/usr/bin/chromium")), browser -> Optional.empty());

    assertTrue(places.find(BrowserChoice.CHROME).isEmpty());
  }

  @Test
  void findsChromeEdgeAndFirefoxInWindowsProgramFolders() throws Exception {
    assumeTrue(
        SeleniumManagerOnLinux.available(),
        "Selenium Manager's Linux x86-64 program runs only there");
    Path programFiles = Files.createDirectories(root.resolve("Program Files"));
    Path programFiles86 = Files.createDirectories(root.resolve("Program Files (x86)"));
    Path localAppData = Files.createDirectories(root.resolve("Users/Eva/AppData/Local"));
    Path chrome = Files.createFile(localAppData.resolve("Google\\Chrome\\Application\\chrome.exe"));
    Path edge =
        Files.createFile(programFiles86.resolve("Microsoft\\Edge\\Application\\msedge.exe"));
    Path firefox = Files.createFile(programFiles.resolve("Mozilla Firefox\\firefox.exe"));
    Path manager = SeleniumManagerOnLinux.install(Files.createDirectories(root.resolve("manager")));
    Map<String, Path> windows =
        Map.of(
            "PROGRAMFILES",
            programFiles,
            "PROGRAMFILES(X86)",
            programFiles86,
            "LOCALAPPDATA",
            localAppData);
    InstallPlaces places =
        new InstallPlaces(
            arguments -> SeleniumManagerOnLinux.onWindows(manager, windows, arguments),
            browser -> Optional.empty());

    assertEquals(Optional.of(chrome), places.find(BrowserChoice.CHROME));
    assertEquals(Optional.of(edge), places.find(BrowserChoice.EDGE));
    assertEquals(Optional.of(firefox), places.find(BrowserChoice.FIREFOX));
  }

  @Test
  void findsNothingInEmptyWindowsProgramFolders() throws Exception {
    assumeTrue(
        SeleniumManagerOnLinux.available(),
        "Selenium Manager's Linux x86-64 program runs only there");
    Path manager = SeleniumManagerOnLinux.install(Files.createDirectories(root.resolve("manager")));
    Map<String, Path> windows =
        Map.of("PROGRAMFILES", Files.createDirectories(root.resolve("Program Files")));
    InstallPlaces places =
        new InstallPlaces(
            arguments -> SeleniumManagerOnLinux.onWindows(manager, windows, arguments),
            browser -> Optional.empty());

    assertTrue(places.find(BrowserChoice.EDGE).isEmpty());
  }

  @Test
  void findsChromeAndFirefoxInMacApplications() throws Exception {
    assumeTrue(
        SeleniumManagerOnLinux.available(),
        "Selenium Manager's Linux x86-64 program runs only there");
    assumeTrue(
        "root".equals(System.getProperty("user.name"))
            && Files.isExecutable(Path.of("/usr/sbin/chroot")),
        "a simulated /Applications needs chroot, which only root may use");
    Path applications = root.resolve("Applications");
    Path chrome =
        Files.createDirectories(applications.resolve("Google Chrome.app/Contents/MacOS"))
            .resolve("Google Chrome");
    Path firefox =
        Files.createDirectories(applications.resolve("Firefox.app/Contents/MacOS"))
            .resolve("firefox");
    Files.createFile(chrome);
    Files.createFile(firefox);
    SeleniumManagerOnLinux.install(root);
    InstallPlaces places =
        new InstallPlaces(
            arguments -> SeleniumManagerOnLinux.onMacIn(root, arguments),
            browser -> Optional.empty());

    assertEquals(Optional.of(chrome), places.find(BrowserChoice.CHROME));
    assertEquals(Optional.of(firefox), places.find(BrowserChoice.FIREFOX));
    assertTrue(places.find(BrowserChoice.EDGE).isEmpty(), "Edge is not installed there");
  }
}
