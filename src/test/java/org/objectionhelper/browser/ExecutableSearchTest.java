package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutableSearchTest {
  @TempDir Path root;

  @Test
  void takesPathEntriesWithQuotesAndBlanksAsWindowsDoes() throws Exception {
    Path git = Files.createDirectories(root.resolve("Program Files/Git/cmd"));
    Path chromium = Programs.install(git, "chromium");
    String path = " \"" + git + "\" " + ":" + root.resolve("elsewhere") + "  :: ";

    assertEquals(Optional.of(chromium), ExecutableSearch.of(path, ":", null).find("chromium"));
  }

  @Test
  void skipsAnEntryThatIsNoPathInsteadOfFailing() throws Exception {
    Path bin = Files.createDirectories(root.resolve("bin"));
    Path chromium = Programs.install(bin, "chromium");
    String path = "bad\0entry:" + bin;

    assertEquals(Optional.of(chromium), ExecutableSearch.of(path, ":", null).find("chromium"));
  }

  @Test
  void findsAProgramByTheEndingsInPathExtAsOnWindows() throws Exception {
    Path application = Files.createDirectories(root.resolve("Google/Chrome/Application"));
    Path chrome = Programs.install(application, "chrome.exe");
    Programs.install(application, "chrome");

    ExecutableSearch windows =
        ExecutableSearch.of(application.toString(), ";", ".COM;.EXE;.BAT;.CMD");

    assertEquals(
        Optional.of(chrome), windows.find("chrome"), "chrome.exe, not a file without ending");
    assertEquals(Optional.of(chrome), windows.find("chrome.exe"));
    assertTrue(windows.find("msedge").isEmpty());
  }

  @Test
  void anEmptyOrMissingPathFindsNothing() {
    assertTrue(ExecutableSearch.of(null, ":", null).find("chromium").isEmpty());
    assertTrue(ExecutableSearch.of("", ":", "").find("chromium").isEmpty());
  }
}
