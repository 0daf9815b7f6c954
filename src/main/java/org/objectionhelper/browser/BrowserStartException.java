package org.objectionhelper.browser;

/** The browser or its driver could not be found or started; the message says how to fix it. */
public class BrowserStartException extends RuntimeException {
  public BrowserStartException(String message) {
    super(message);
  }

  public BrowserStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
