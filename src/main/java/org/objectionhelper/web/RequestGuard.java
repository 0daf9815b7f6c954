package org.objectionhelper.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The {@link Guards} of one server, applied to a request before any route sees it. */
final class RequestGuard {

  private final Guards guards;
  private final Set<String> ownAuthorities;
  private final String secretPrefix;

  /**
   * @param secretPrefix "/SECRET", or "" for a server without a secret path
   */
  RequestGuard(Guards guards, int port, String secretPrefix) {
    this.guards = guards;
    this.ownAuthorities = Set.of("127.0.0.1:" + port, "localhost:" + port);
    this.secretPrefix = secretPrefix;
  }

  /**
   * Why the request is refused, as the answer to send; empty where it passes.
   *
   * @param host the Host header (Jetty has refused a request whose URI names another)
   */
  Optional<Response> refusal(
      String method, Optional<String> host, Optional<String> origin, Optional<String> referer) {
    if (guards.hostCheck() && !host.filter(this::isOwn).isPresent()) {
      return Optional.of(Response.text(403, "Forbidden: unknown host"));
    }
    if (guards.originCheck()
        && !method.equals("GET")
        && !method.equals("HEAD")
        && !origin
            .or(() -> referer.flatMap(RequestGuard::originOf))
            .filter(this::isOwnOrigin)
            .isPresent()) {
      return Optional.of(Response.text(403, "Forbidden: another origin"));
    }
    return Optional.empty();
  }

  /**
   * The route's path within the request's {@code path}: without the secret prefix, "/" for the
   * prefix alone; empty where the path lacks the prefix.
   */
  Optional<String> routePath(String path) {
    if (secretPrefix.isEmpty()) {
      return Optional.of(path);
    }
    int end = path.indexOf('/', 1);
    String first = end < 0 ? path : path.substring(0, end);
    // Compared in constant time: how long a wrong guess took must not tell how much of it was
    // right.
    if (!MessageDigest.isEqual(
        first.getBytes(StandardCharsets.UTF_8), secretPrefix.getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    return Optional.of(end < 0 ? "/" : path.substring(end));
  }

  private boolean isOwn(String authority) {
    return ownAuthorities.contains(authority.toLowerCase(Locale.ROOT));
  }

  private boolean isOwnOrigin(String origin) {
    String lower = origin.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") && isOwn(lower.substring("http://".length()));
  }

  private static Optional<String> originOf(String referer) {
    try {
      URI uri = new URI(referer);
      return uri.getScheme() == null || uri.getRawAuthority() == null
          ? Optional.empty()
          : Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
