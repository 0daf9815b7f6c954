package org.objectionhelper.evidence;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to Meta and its answer, as they go into the web archive: without any header that
 * carries a session, and with the answer's body as the page received it (decoded).
 *
 * @param at when the request left the browser
 * @param requestBody the request's body as text, or ""
 */
public record ArchivedExchange(
    Instant at,
    URI url,
    String method,
    Map<String, String> requestHeaders,
    String requestBody,
    int status,
    String statusText,
    Map<String, String> responseHeaders,
    byte[] responseBody) {

  public ArchivedExchange {
    requestHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(requestHeaders));
    responseHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(responseHeaders));
  }
}
