package org.objectionhelper.browser;

import java.time.Duration;

/**
 * A stand-in browser in a child JVM whose command line does not name its profile, as Windows shows
 * every process.
 */
public final class WaitingMain {
  private WaitingMain() {}

  public static void main(String[] args) throws InterruptedException {
    Thread.sleep(Duration.ofMinutes(10).toMillis());
  }
}
