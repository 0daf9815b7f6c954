package org.objectionhelper.evidence;

/** No trusted timestamp could be had; the evidence stands without one. */
public class TimestampException extends RuntimeException {
  public TimestampException(String message) {
    super(message);
  }
}
