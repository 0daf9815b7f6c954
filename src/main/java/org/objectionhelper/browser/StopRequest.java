package org.objectionhelper.browser;

/**
 * Whether Ctrl-C (SIGINT) or SIGTERM has asked the tool to stop while a run was working. Once it
 * has, whatever fails in the run fails because of it: a call to the browser cut short may end in
 * any exception, and may have swallowed the thread's interruption on the way.
 */
public final class StopRequest {
  private static volatile boolean arrived;

  private StopRequest() {}

  static void arrive() {
    arrived = true;
  }

  public static boolean arrived() {
    return arrived;
  }
}
