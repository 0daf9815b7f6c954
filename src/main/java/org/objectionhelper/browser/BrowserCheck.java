package org.objectionhelper.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the doctor found for one browser: its programs, what they say their versions are, and
 * whether a session started with them.
 *
 * @param session empty where no session was tried, because the browser or its driver is missing
 */
public record BrowserCheck(
    BrowserChoice browser,
    Optional<Program> program,
    Optional<Program> driver,
    Optional<SessionTrial> session) {

  /**
   * A program found (on PATH, or the browser where it installs itself) and its version, if known.
   */
  public record Program(Path path, Optional<String> version) {
    public OptionalInt major() {
      return version.map(ProgramVersion::major).orElse(OptionalInt.empty());
    }
  }

  /**
   * Whether driver and browser share a major version; empty where that cannot be told or does not
   * matter (geckodriver serves a range of Firefox versions).
   */
  public Optional<Boolean> versionsMatch() {
    if (!browser.chromiumBased() || program.isEmpty() || driver.isEmpty()) {
      return Optional.empty();
    }
    OptionalInt browserMajor = program.get().major();
    OptionalInt driverMajor = driver.get().major();
    if (browserMajor.isEmpty() || driverMajor.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(browserMajor.getAsInt() == driverMajor.getAsInt());
  }

  public boolean usable() {
    return session.map(SessionTrial::started).orElse(false);
  }

  /** The commands or addresses that fix what is missing or wrong, browser first. */
  public List<String> fixes() {
    List<String> fixes = new ArrayList<>();
    if (program.isEmpty()) {
      fixes.add(browser.browserInstall());
    }
    if (driver.isEmpty() || versionsMatch().equals(Optional.of(false))) {
      fixes.add(browser.driverInstall());
    }
    return fixes;
  }
}
