package org.objectionhelper.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP/1.1 request written by hand on a socket, for what {@link java.net.http.HttpClient} will
 * not send: a forged Host header, a request without Origin or Referer. The assistant's tests
 * (guide) use it too.
 */
public final class RawHttp {

  private RawHttp() {}

  /**
   * Sends {@code method target} with the given header lines to the server and returns the status
   * line and headers of its answer.
   */
  public static String send(URI origin, String method, String target, String... headerLines)
      throws IOException {
    StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    for (String line : headerLines) {
      request.append(line).append("\r\n");
    }
    request.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
    try (Socket socket = new Socket(origin.getHost(), origin.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The status code of an answer {@link #send} returned. */
  public static int status(String answer) {
    return Integer.parseInt(answer.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
  }
}
