package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriverLocatorTest {
  @TempDir Path bin;

  private Path executable(String name) throws IOException {
    Path file = Files.writeString(bin.resolve(name), "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  @Test
  void prefersTheDriverOnPathAndNeverDownloadsThen() throws IOException {
    Path onPath = executable("chromedriver");
    AtomicInteger downloads = new AtomicInteger();
    DriverLocator locator =
        new DriverLocator(new ExecutableSearch(List.of(bin)), () -> {
          downloads.incrementAndGet();
          return Optional.empty();
        });

    assertEquals(onPath, locator.locate(Optional.empty()));
    assertEquals(0, downloads.get());
  }

  @Test
  void usesTheDownloadedDriverWhenNoneIsOnPath() {
    Path downloaded = bin.resolve("downloaded-chromedriver");
    DriverLocator locator = new DriverLocator(new ExecutableSearch(List.of(bin)), () -> Optional.of(downloaded));

    assertEquals(downloaded, locator.locate(Optional.empty()));
  }

  @Test
  void namesTheInstallCommandWhenNoDriverCanBeFound() {
    DriverLocator locator = new DriverLocator(new ExecutableSearch(List.of(bin)), Optional::empty);

    BrowserStartException failure = assertThrows(BrowserStartException.class, () -> locator.locate(Optional.empty()));

    assertTrue(failure.getMessage().contains("apt-get install -y chromium chromium-driver"), failure.getMessage());
    assertEquals(1, failure.getMessage().lines().count());
  }

  @Test
  void refusesANamedDriverThatIsNotThere() {
    DriverLocator locator = new DriverLocator(new ExecutableSearch(List.of(bin)), Optional::empty);

    BrowserStartException failure =
        assertThrows(BrowserStartException.class, () -> locator.locate(Optional.of(bin.resolve("nope"))));

    assertTrue(failure.getMessage().contains("nope"), failure.getMessage());
  }
}
