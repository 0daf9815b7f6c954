package org.objectionhelper.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.util.Callback;

/**
 * Turns Jetty's request into a {@link Request}, lets the guard and then the route answer, and
 * writes the {@link Response}. Handlers block (they read files, wait for a slow page), so Jetty
 * runs them on its pool's threads.
 */
final class RoutingHandler extends Handler.Abstract {

  private static final System.Logger LOG = System.getLogger(RoutingHandler.class.getName());

  private static final Map<String, String> ALWAYS =
      Map.of(
          "Cache-Control", "no-store",
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "SAMEORIGIN",
          // Keeps a secret path out of the Referer other sites see, and the Origin of our own
          // posts.
          "Referrer-Policy", "same-origin");

  private final String name;
  private final Routes routes;
  private final RequestGuard guard;
  private final String secretPrefix;

  RoutingHandler(String name, Routes routes, RequestGuard guard, String secretPrefix) {
    super(InvocationType.BLOCKING);
    this.name = name;
    this.routes = routes;
    this.guard = guard;
    this.secretPrefix = secretPrefix;
  }

  @Override
  public boolean handle(
      org.eclipse.jetty.server.Request jetty,
      org.eclipse.jetty.server.Response response,
      Callback callback) {
    write(answer(jetty), response, callback);
    return true;
  }

  private Response answer(org.eclipse.jetty.server.Request jetty) {
    String method = jetty.getMethod().toUpperCase(Locale.ROOT);
    Optional<Response> refused =
        guard.refusal(
            method,
            header(jetty, HttpHeader.HOST),
            header(jetty, HttpHeader.ORIGIN),
            header(jetty, HttpHeader.REFERER));
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<String> path =
        guard.routePath(org.eclipse.jetty.server.Request.getPathInContext(jetty));
    if (path.isEmpty()) {
      return Response.text(404, "Not found");
    }
    Function<Request, Response> handler = routes.handlerFor(method, path.get());
    Request request;
    try {
      request = RequestReader.read(jetty, method, path.get(), secretPrefix);
    } catch (IOException | RuntimeException e) {
      return Response.text(400, "Bad request");
    }
    try {
      return handler.apply(request);
    } catch (RuntimeException e) {
      // Method, path and the failure's type only: a message may quote a field, and fields may
      // hold a password or an e-mail address.
      LOG.log(
          System.Logger.Level.WARNING,
          "{0}: {1} {2} failed with {3} at {4}",
          name,
          method,
          path.get(),
          e.getClass().getName(),
          e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
      return Response.text(500, "Internal error");
    }
  }

  private static Optional<String> header(org.eclipse.jetty.server.Request jetty, HttpHeader name) {
    return Optional.ofNullable(jetty.getHeaders().get(name));
  }

  private void write(
      Response answer, org.eclipse.jetty.server.Response response, Callback callback) {
    response.setStatus(answer.status());
    ALWAYS.forEach(response.getHeaders()::put);
    answer
        .headers()
        .forEach(
            (header, value) ->
                response
                    .getHeaders()
                    .put(header, header.equalsIgnoreCase("Location") ? located(value) : value));
    answer
        .cookies()
        .forEach(cookie -> org.eclipse.jetty.server.Response.addCookie(response, cookie));
    response.write(true, ByteBuffer.wrap(answer.bodyBytes()), callback);
  }

  /** A redirect to a route of this server goes under the secret prefix. */
  private String located(String location) {
    return location.startsWith("/") && !location.startsWith("//")
        ? secretPrefix + location
        : location;
  }
}
