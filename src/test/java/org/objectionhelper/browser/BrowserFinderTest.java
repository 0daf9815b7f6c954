package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserFinderTest {
  @TempDir Path bin;
  private final Map<BrowserChoice, Path> installed = new EnumMap<>(BrowserChoice.class);
  private final List<BrowserChoice> looked = new ArrayList<>();

  private BrowserFinder finder() {
    return new BrowserFinder(
        new ExecutableSearch(List.of(bin)),
        browser -> {
          looked.add(browser);
          return Optional.ofNullable(installed.get(browser));
        });
  }

  @Test
  void withoutAChoiceTakesTheFirstBrowserOnPath() throws Exception {
    assertEquals(
        BrowserChoice.CHROMIUM, finder().installed(), "nothing installed: Chromium, with its hint");

    Programs.install(bin, "firefox-esr");
    assertEquals(BrowserChoice.FIREFOX, finder().installed());

    Programs.install(bin, "microsoft-edge");
    installed.put(BrowserChoice.CHROME, Path.of("/opt/google/chrome/chrome"));
    assertEquals(BrowserChoice.EDGE, finder().installed(), "PATH before the install places");
  }

  @Test
  void thenTheInstallPlacesChromeEdgeFirefoxAndChromiumLast() {
    installed.put(BrowserChoice.CHROMIUM, Path.of("Chromium.app"));
    installed.put(BrowserChoice.EDGE, Path.of("msedge.exe"));

    assertEquals(BrowserChoice.EDGE, finder().installed());
    assertEquals(
        List.of(BrowserChoice.CHROME, BrowserChoice.EDGE),
        looked,
        "Chromium's slower look-up is not needed");
  }

  @Test
  void asksForEachBrowsersInstallPlaceOnce() {
    installed.put(BrowserChoice.EDGE, Path.of("msedge.exe"));
    BrowserFinder finder = finder();

    assertEquals(BrowserChoice.EDGE, finder.installed());
    assertEquals(Optional.of(Path.of("msedge.exe")), finder.find(BrowserChoice.EDGE));
    assertEquals(List.of(BrowserChoice.CHROME, BrowserChoice.EDGE), looked);
  }

  @Test
  void findsTheChosenBrowserOnPathFirstThenWhereItInstallsItself() throws Exception {
    Path msedge = Path.of("C:/Program Files (x86)/Microsoft/Edge/Application/msedge.exe");
    installed.put(BrowserChoice.EDGE, msedge);
    assertEquals(Optional.of(msedge), finder().find(BrowserChoice.EDGE));

    Path onPath = Programs.install(bin, "microsoft-edge");
    assertEquals(Optional.of(onPath), finder().find(BrowserChoice.EDGE));
  }
}
