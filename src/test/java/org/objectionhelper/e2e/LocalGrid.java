package org.objectionhelper.e2e;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.grid.commands.Standalone;
import org.openqa.selenium.grid.config.MemoizedConfig;
import org.openqa.selenium.grid.config.TomlConfig;
import org.openqa.selenium.grid.server.Server;

/**
 * A Selenium Grid 4 standalone in this JVM on 127.0.0.1, with one node slot that drives this
 * machine's Chromium through /usr/bin/chromedriver. Selenium Manager is off: nothing is downloaded.
 */
final class LocalGrid implements AutoCloseable {
  private static final String CONFIG =
      """
      [server]
      host = "127.0.0.1"
      port = %d

      [node]
      selenium-manager = false
      detect-drivers = false

      [[node.driver-configuration]]
      display-name = "Chromium"
      webdriver-executable = "/usr/bin/chromedriver"
      max-sessions = 1
      stereotype = '{"browserName": "chrome", "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]}}'
      """;

  // Held here: java.util.logging keeps loggers only weakly, and would forget the level.
  private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

  private final Server<?> server;

  private LocalGrid(Server<?> server) {
    this.server = server;
  }

  static LocalGrid start() {
    SELENIUM.setLevel(Level.WARNING);
    String config = String.format(CONFIG, freePort());
    return new LocalGrid(
        new Standalone()
            .asServer(new MemoizedConfig(new TomlConfig(new StringReader(config))))
            .start());
  }

  URL url() {
    return server.getUrl();
  }

  @Override
  public void close() {
    server.stop();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
