package org.objectionhelper.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.questions.EvidenceRoot;

/** Where each system mounts a USB stick, on simulated folder layouts. */
class UsbSticksTest {
  @TempDir Path root;

  private UsbSticks on(String osName) {
    return new UsbSticks(osName, "eva", root, List.of(), drive -> false);
  }

  @Test
  void onLinuxFindsSticksUnderMediaAndRunMediaOfThePersonOnly() throws Exception {
    Files.createDirectories(root.resolve("media/eva/STICK"));
    Files.createDirectories(root.resolve("run/media/eva/BACKUP"));
    Files.createDirectories(root.resolve("media/otto/HIS-STICK"));
    Files.writeString(root.resolve("media/eva/not-a-drive.txt"), "");

    assertEquals(
        List.of(root.resolve("media/eva/STICK"), root.resolve("run/media/eva/BACKUP")),
        on("Linux").mounted());
    assertEquals(root.resolve("media/eva/STICK/objection-evidence"), on("Linux").suggestedFolder());
  }

  @Test
  void onMacOsFindsVolumesButNotTheStartupDiskWhichLinksToTheRoot() throws Exception {
    Files.createDirectories(root.resolve("Volumes/STICK"));
    Files.createSymbolicLink(root.resolve("Volumes/Macintosh HD"), root);

    assertEquals(List.of(root.resolve("Volumes/STICK")), on("Mac OS X").mounted());
  }

  @Test
  void onWindowsOffersTheDriveLettersThatAreRemovable() {
    Path c = Path.of("C:");
    Path e = Path.of("E:");
    UsbSticks windows =
        new UsbSticks("Windows 11", "eva", root, List.of(c, e), drive -> drive.equals(e));

    assertEquals(List.of(e), windows.mounted());
    assertEquals(e.resolve("objection-evidence"), windows.suggestedFolder());
  }

  @Test
  void withoutAStickSuggestsTheFolderInTheHome() {
    assertEquals(List.of(), on("Linux").mounted());
    assertEquals(EvidenceRoot.HOME, on("Linux").suggestedFolder());
  }
}
