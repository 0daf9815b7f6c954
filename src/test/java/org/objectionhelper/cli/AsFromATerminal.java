package org.objectionhelper.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a child process the way a terminal starts it: with Ctrl-C (SIGINT) at its default. A build
 * started as a background job of a script (as CI may be) ignores SIGINT, its children inherit that,
 * and a JVM that starts with SIGINT ignored never runs its shutdown hooks on it: a test of Ctrl-C
 * would then test the build's environment, not the tool.
 */
final class AsFromATerminal {
  private AsFromATerminal() {}

  /** The command, on Linux behind GNU env's {@code --default-signal=INT}. */
  static List<String> command(List<String> command) {
    List<String> full = new ArrayList<>();
    if (System.getProperty("os.name").startsWith("Linux")) {
      full.addAll(List.of("env", "--default-signal=INT"));
    }
    full.addAll(command);
    return full;
  }
}
