package org.objectionhelper.replica;

import java.util.function.Function;
import org.objectionhelper.web.Response;
import org.objectionhelper.web.Routes;

/** The replica's pages by method and exact path, as the web server's routes. */
final class Router {

  private final Routes routes = new Routes();

  Router get(String path, Function<Request, Response> handler) {
    routes.get(path, http -> handler.apply(new Request(http)));
    return this;
  }

  Router post(String path, Function<Request, Response> handler) {
    routes.post(path, http -> handler.apply(new Request(http)));
    return this;
  }

  Routes routes() {
    return routes;
  }
}
