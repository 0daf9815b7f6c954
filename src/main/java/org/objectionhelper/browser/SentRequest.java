package org.objectionhelper.browser;

import java.net.URI;
import java.time.Instant;

/**
 * A request as it left the browser, recorded by {@link NetworkRecord}.
 *
 * @param at when the browser sent it (the browser's own wall clock)
 * @param contentType the request's {@code Content-Type} header, or "" where it had none
 * @param body the request's body as text, or "" where it had none or it could not be read
 * @param bodyUnread whether it had a body the browser did not hand out (one with a file in it)
 */
public record SentRequest(
    Instant at, URI url, String method, String contentType, String body, boolean bodyUnread) {
  /** Whether it carries a body, as a form's Send does. */
  public boolean hasBody() {
    return !body.isEmpty() || bodyUnread;
  }
}
