package org.objectionhelper.browser;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether a headless session started, opened a blank page and ended, and how long that took.
 *
 * @param failure the one-line reason when it did not start
 */
public record SessionTrial(Duration took, Optional<String> failure) {

  public boolean started() {
    return failure.isEmpty();
  }
}
