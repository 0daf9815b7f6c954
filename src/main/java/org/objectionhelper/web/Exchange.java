package org.objectionhelper.web;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of the browser's and the answer it got, as the browser reports them, for the web
 * archive: without the headers that carry a session ({@code Cookie}, {@code Set-Cookie}, {@code
 * Authorization}), which the browser's record leaves out before it keeps one.
 *
 * @param sequence its place among all exchanges the browser began, from 0 on
 * @param at when the browser sent the request (the browser's own wall clock)
 * @param document whether it loaded a page (a navigation), not a part of one
 * @param requestBody the request's body as text, or "" where it had none
 * @param responseBody the answer's body as the page received it (decoded)
 */
public record Exchange(
    long sequence,
    Instant at,
    URI url,
    String method,
    boolean document,
    Map<String, String> requestHeaders,
    String requestBody,
    int status,
    String statusText,
    Map<String, String> responseHeaders,
    byte[] responseBody) {

  public Exchange {
    requestHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(requestHeaders));
    responseHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(responseHeaders));
  }

  /** The same request with the answer it got. */
  public Exchange answered(
      int status, String statusText, Map<String, String> responseHeaders, byte[] responseBody) {
    return new Exchange(
        sequence,
        at,
        url,
        method,
        document,
        requestHeaders,
        requestBody,
        status,
        statusText,
        responseHeaders,
        responseBody);
  }

  /** The same exchange with its request's body left out (a login's, say). */
  public Exchange withoutRequestBody() {
    return new Exchange(
        sequence,
        at,
        url,
        method,
        document,
        requestHeaders,
        "",
        status,
        statusText,
        responseHeaders,
        responseBody);
  }
}
