package org.objectionhelper.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which handler answers which method and exact path; nothing else is served. The server keeps a
 * copy taken when it starts.
 */
public final class Routes {

  private final Map<String, Map<String, Function<Request, Response>>> byPath = new HashMap<>();

  public Routes get(String path, Function<Request, Response> handler) {
    return on("GET", path, handler);
  }

  public Routes post(String path, Function<Request, Response> handler) {
    return on("POST", path, handler);
  }

  private Routes on(String method, String path, Function<Request, Response> handler) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a route's path starts with /: " + path);
    }
    byPath.computeIfAbsent(path, p -> new HashMap<>()).put(method, handler);
    return this;
  }

  /** A copy the caller can no longer change, for the server's threads. */
  Routes frozen() {
    Routes copy = new Routes();
    byPath.forEach((path, byMethod) -> copy.byPath.put(path, Map.copyOf(byMethod)));
    return copy;
  }

  /** The handler for the request's method and path; a 404 or 405 answer where there is none. */
  Function<Request, Response> handlerFor(String method, String path) {
    Map<String, Function<Request, Response>> byMethod = byPath.get(path);
    if (byMethod == null) {
      return request -> Response.text(404, "Not found");
    }
    return Optional.ofNullable(byMethod.get(method))
        .orElse(request -> Response.text(405, "Method not allowed"));
  }
}
