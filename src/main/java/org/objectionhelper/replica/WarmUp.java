package org.objectionhelper.replica;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Optional;

/**
 * Asks the replica for a page as a browser would, following its redirects (to the login page, or
 * back to the form with a new session), so that the code a page needs is loaded before the browser
 * asks: the demo starts the replica beside the browser (see docs/ARCHITECTURE.md, "Start-up").
 */
final class WarmUp {
  /** The form, the login page or a session cookie's return: never more than this. */
  private static final int MOST_HOPS = 3;

  /**
   * A replica that does not answer in this time would make the demo wait for it: better to give up.
   */
  private static final int PATIENCE_MILLIS = 10_000;

  private WarmUp() {}

  /**
   * @return whether a page was served in the end (status 200)
   */
  static boolean visit(URI page) throws IOException {
    URI next = page;
    String cookie = null;
    for (int hop = 0; hop < MOST_HOPS; hop++) {
      HttpURLConnection get = (HttpURLConnection) next.toURL().openConnection();
      get.setInstanceFollowRedirects(false);
      get.setConnectTimeout(PATIENCE_MILLIS);
      get.setReadTimeout(PATIENCE_MILLIS);
      if (cookie != null) {
        get.setRequestProperty("Cookie", cookie);
      }
      try (InputStream body = get.getInputStream()) {
        body.readAllBytes();
      }
      if (get.getResponseCode() == HttpURLConnection.HTTP_OK) {
        return true;
      }
      String location = get.getHeaderField("Location");
      if (location == null) {
        return false;
      }
      next = next.resolve(location);
      cookie =
          Optional.ofNullable(get.getHeaderField("Set-Cookie"))
              .map(set -> set.split(";", 2)[0])
              .orElse(cookie);
    }
    return false;
  }
}
