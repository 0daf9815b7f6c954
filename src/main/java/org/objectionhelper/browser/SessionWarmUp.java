package org.objectionhelper.browser;

import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;

/**
 * Work the first browser session needs whatever the command line says, begun on another core while
 * the command line is still being read: Selenium's HTTP client sets up Java's default TLS context,
 * reading the whole trust store, even to talk to a driver on this computer.
 */
public final class SessionWarmUp {
  private SessionWarmUp() {}

  public static void begin() {
    Thread warmUp = new Thread(SessionWarmUp::prepareTls, "objection-helper-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  private static void prepareTls() {
    try {
      SSLContext.getDefault();
    } catch (NoSuchAlgorithmException unavailable) {
      // Selenium's client meets the same and says so when the browser starts.
    }
  }
}
