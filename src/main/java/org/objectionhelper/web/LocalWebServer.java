package org.objectionhelper.web;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * A small web server for this machine only: on 127.0.0.1, at a random free port, answering the
 * {@link Routes} and nothing else, behind the {@link Guards} the caller switches on. Its threads
 * are daemons named after the server; {@link #close} stops them and frees the port.
 *
 * <pre>{@code
 * Routes routes = new Routes().get("/", request -> Response.html("<h1>Hello</h1>"));
 * try (LocalWebServer server = LocalWebServer.start("assistant", routes, Guards.all())) {
 *   URI start = server.url("/"); // http://127.0.0.1:PORT/SECRET/
 * }
 * }</pre>
 */
public final class LocalWebServer implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  static {
    // Without it Jetty asks the JVM's management beans whether references are compressed, which
    // loads JMX and costs about 0.3 s of CPU at the first start; 16 is the usual answer (64-byte
    // cache lines, 4-byte references), and a wrong one only affects padding.
    if (System.getProperty("org.eclipse.jetty.util.referencesPerCacheLine") == null) {
      System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", "16");
    }
  }

  private final Server server;
  private final URI origin;
  private final String secretPrefix;

  private LocalWebServer(Server server, URI origin, String secretPrefix) {
    this.server = server;
    this.origin = origin;
    this.secretPrefix = secretPrefix;
  }

  /**
   * @param name names the server's threads ({@code NAME-web-…}) and its log lines
   * @throws IllegalStateException if the server cannot start
   */
  public static LocalWebServer start(String name, Routes routes, Guards guards) {
    String secretPrefix = guards.secretPath() ? "/" + secret() : "";
    QueuedThreadPool threads = new QueuedThreadPool(32, 2);
    threads.setName(name + "-web");
    threads.setDaemon(true);
    threads.setReservedThreads(0);
    Server server =
        new Server(threads, new ScheduledExecutorScheduler(name + "-web-timer", true), null);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setStopAtShutdown(false);
    try {
      connector.open();
      int port = connector.getLocalPort();
      server.setHandler(
          new RoutingHandler(
              name, routes.frozen(), new RequestGuard(guards, port, secretPrefix), secretPrefix));
      server.start();
      return new LocalWebServer(server, URI.create("http://127.0.0.1:" + port), secretPrefix);
    } catch (Exception e) {
      stop(server);
      throw new IllegalStateException("cannot start the " + name + " web server on 127.0.0.1", e);
    }
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash and without the secret prefix. */
  public URI origin() {
    return origin;
  }

  /**
   * The address of the route {@code routePath} ("/" for the start page): with the secret prefix
   * where the server has one. The only way to learn the secret.
   */
  public URI url(String routePath) {
    return URI.create(origin + secretPrefix + routePath);
  }

  @Override
  public void close() {
    stop(server);
  }

  private static void stop(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the local web server", e);
    }
  }

  /** 128 random bits, URL-safe. */
  private static String secret() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
