package org.objectionhelper.flow;

import java.nio.file.Path;
import java.util.Optional;
import org.objectionhelper.basics.Platform;

/** How one platform's objection ended, and where its evidence is. */
public record Outcome(
    Platform platform, ExitCode exitCode, String message, Optional<Path> evidence) {
  public boolean sent() {
    return exitCode == ExitCode.OK;
  }
}
