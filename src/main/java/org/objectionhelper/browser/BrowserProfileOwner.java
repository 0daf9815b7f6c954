package org.objectionhelper.browser;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The process that owns a throw-away profile. Its start time guards against a new process that
 * happens to get the same id after the owner crashed.
 */
record BrowserProfileOwner(long pid, Optional<Instant> started) {

  static BrowserProfileOwner current() {
    return of(ProcessHandle.current());
  }

  static BrowserProfileOwner of(ProcessHandle process) {
    return new BrowserProfileOwner(process.pid(), process.info().startInstant());
  }

  /** {@code <pid> <start instant>}, the start left out where the system does not tell it. */
  String marker() {
    return pid + started.map(instant -> " " + instant).orElse("");
  }

  static Optional<BrowserProfileOwner> parse(String marker) {
    String[] parts = marker.trim().split(" ");
    try {
      Optional<Instant> started =
          parts.length > 1 ? Optional.of(Instant.parse(parts[1])) : Optional.empty();
      return Optional.of(new BrowserProfileOwner(Long.parseLong(parts[0]), started));
    } catch (NumberFormatException | DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }

  boolean isAlive() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .map(
            process ->
                started.isEmpty()
                    || process.info().startInstant().map(started.get()::equals).orElse(true))
        .orElse(false);
  }
}
