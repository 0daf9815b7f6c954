package org.objectionhelper.web;

/**
 * The checks a {@link LocalWebServer} makes before any route sees a request; each is off unless the
 * caller switches it on. A server that pages a person fills in (the assistant) wants {@link #all};
 * the replica, which stands in for a site on other host names too, wants {@link #none}.
 *
 * @param hostCheck refuse (403) a request whose Host is not {@code 127.0.0.1:PORT} or {@code
 *     localhost:PORT}: a page of another site whose name was re-pointed at 127.0.0.1 (DNS
 *     rebinding) must not read or drive this server
 * @param originCheck refuse (403) a request other than GET or HEAD whose Origin (or, without one,
 *     Referer) is not this server's own: another site's page must not post to it
 * @param secretPath serve everything under a random path prefix only ({@link
 *     LocalWebServer#url(String)}); without it every address is 404, so another program on this
 *     machine that finds the port cannot guess a page
 */
public record Guards(boolean hostCheck, boolean originCheck, boolean secretPath) {

  public static Guards none() {
    return new Guards(false, false, false);
  }

  public static Guards all() {
    return new Guards(true, true, true);
  }

  public Guards withHostCheck() {
    return new Guards(true, originCheck, secretPath);
  }

  public Guards withOriginCheck() {
    return new Guards(hostCheck, true, secretPath);
  }

  public Guards withSecretPath() {
    return new Guards(hostCheck, originCheck, true);
  }
}
