package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions of Windows browsers from simulated install folders; the programs are never started. */
class InstallFolderVersionTest {
  @TempDir Path root;

  @Test
  void readsChromesVersionFromTheNewestVersionFolderBesideIt() throws Exception {
    Path application =
        Files.createDirectories(root.resolve("Program Files/Google/Chrome/Application"));
    Files.createDirectories(application.resolve("130.0.6723.117"));
    Files.createDirectories(application.resolve("131.0.6778.86"));
    Files.createDirectories(application.resolve("SetupMetrics"));
    Path chrome =
        Programs.script(
            application,
            "chrome.exe",
            "touch " + root.resolve("started") + "; echo 'Chrome 999.0.0.0'");

    assertEquals(Optional.of("131.0.6778.86"), ProgramVersion.of(chrome));
    assertFalse(
        Files.exists(root.resolve("started")), "a Windows browser is not started for its version");
  }

  @Test
  void readsFirefoxsVersionFromApplicationIni() throws Exception {
    Path firefox = Files.createDirectories(root.resolve("Program Files/Mozilla Firefox"));
    Files.writeString(
        firefox.resolve("application.ini"),
        "[App]\nVendor=Mozilla\nName=Firefox\nVersion=133.0.3\nBuildID=20241209150345\n");

    assertEquals(Optional.of("133.0.3"), InstallFolderVersion.of(firefox.resolve("firefox.exe")));
  }

  @Test
  void aDriverExeWithoutSuchAFolderIsAskedAsBefore() throws Exception {
    Path drivers = Files.createDirectories(root.resolve("drivers"));
    Path msedgedriver =
        Programs.install(
            drivers, "msedgedriver.exe", "Microsoft Edge WebDriver 131.0.2903.86 (abc)");

    assertTrue(InstallFolderVersion.of(msedgedriver).isEmpty());
    assertEquals(
        Optional.of("Microsoft Edge WebDriver 131.0.2903.86 (abc)"),
        ProgramVersion.of(msedgedriver));
  }
}
