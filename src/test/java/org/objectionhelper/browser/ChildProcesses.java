package org.objectionhelper.browser;

import java.util.List;

/**
 * For tests: the processes this JVM started itself (a browser, a driver), found by their command
 * line.
 */
public final class ChildProcesses {
  private ChildProcesses() {}

  /** Those whose command line contains {@code text}. */
  public static List<ProcessHandle> runningWith(String text) {
    return ProcessHandle.current()
        .children()
        .filter(child -> child.info().commandLine().orElse("").contains(text))
        .toList();
  }
}
