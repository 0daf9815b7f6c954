package org.objectionhelper.browser;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether a headless session started, opened a blank page and ended, and how long that took.
 *
 * @param failure why it did not, to be said in the person's language
 */
public record SessionTrial(Duration took, Optional<BrowserStartException> failure) {

  public boolean started() {
    return failure.isEmpty();
  }
}
