package org.objectionhelper.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Sends each request to the handler registered for its exact method and path. */
final class Router implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(Router.class.getName());

  private final Map<String, Map<String, Function<Request, Response>>> routes = new HashMap<>();

  Router get(String path, Function<Request, Response> handler) {
    return on("GET", path, handler);
  }

  Router post(String path, Function<Request, Response> handler) {
    return on("POST", path, handler);
  }

  private Router on(String method, String path, Function<Request, Response> handler) {
    routes.computeIfAbsent(path, p -> new HashMap<>()).put(method, handler);
    return this;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      answer(exchange).writeTo(exchange);
    }
  }

  private Response answer(HttpExchange exchange) throws IOException {
    Request request;
    try {
      request = Request.from(exchange);
    } catch (IllegalArgumentException e) {
      return Response.text(400, "Bad request");
    }
    Map<String, Function<Request, Response>> byMethod = routes.get(request.path());
    if (byMethod == null) {
      return Response.text(404, "Not found");
    }
    Function<Request, Response> handler = byMethod.get(request.method());
    if (handler == null) {
      return Response.text(405, "Method not allowed");
    }
    try {
      return handler.apply(request);
    } catch (RuntimeException e) {
      // Only method and path: a request's fields may hold a password.
      LOG.log(
          System.Logger.Level.WARNING,
          "replica failed on " + request.method() + " " + request.path(),
          e);
      return Response.text(500, "Internal error");
    }
  }
}
