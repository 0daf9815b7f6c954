package org.objectionhelper.browser;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running browser, here or on a Grid. Closing it ends the browser and deletes the throw-away profile; a shutdown hook does the same on Ctrl-C, so the
 * person's session never outlives the run.
 */
public final class BrowserSession implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BrowserSession.class);

  private final WebDriver driver;
  private final Optional<Path> throwawayProfile;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread shutdownHook;

  BrowserSession(WebDriver driver, Optional<Path> throwawayProfile) {
    this.driver = driver;
    this.throwawayProfile = throwawayProfile;
    this.shutdownHook = new Thread(this::closeNow, "objection-helper-browser-cleanup");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Browser name and version, for the evidence manifest. */
  public String browserVersion() {
    Capabilities capabilities = ((HasCapabilities) driver).getCapabilities();
    return capabilities.getBrowserName() + " " + capabilities.getBrowserVersion();
  }

  public Optional<Path> throwawayProfile() {
    return throwawayProfile;
  }

  @Override
  public void close() {
    closeNow();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already running the hooks; ours has done or is doing the same work.
    }
  }

  private void closeNow() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      driver.quit();
    } catch (WebDriverException e) {
      LOG.debug("browser was already gone when closing", e);
    }
    throwawayProfile.ifPresent(ThrowawayProfile::delete);
  }
}
