package org.objectionhelper.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running browser, here or on a Grid. Closing it ends the browser and deletes the throw-away
 * profile; a shutdown hook does the same on Ctrl-C, so the person's session never outlives the run.
 * On Ctrl-C the hook first interrupts the thread that started the session and gives it a few
 * seconds to end its run (keeping its evidence, marked incomplete) and close the session itself.
 */
public final class BrowserSession implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BrowserSession.class);

  /**
   * How long Ctrl-C (or a closed console window) lets the run keep its evidence before the browser
   * is ended: short, as Windows gives a program whose console window is closed 5 seconds in all.
   */
  private static final Duration GRACE_ON_SHUTDOWN = Duration.ofSeconds(2);

  /**
   * How long the hook then waits for a close that the run has begun: the profile is deleted last.
   */
  private static final Duration CLOSING_ON_SHUTDOWN = Duration.ofSeconds(10);

  /**
   * How long a page may take to finish loading. Selenium's default (300 s) outlasts its own HTTP
   * client, so a page that never ends would end the run as a browser failure minutes later.
   */
  static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(60);

  private final WebDriver driver;
  private final Optional<ChromiumProcess> ownBrowser;
  private final Optional<Path> throwawayBrowserProfile;
  private final Optional<NetworkRecord> network;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch closedByOwner = new CountDownLatch(1);
  private final CountDownLatch closingDone = new CountDownLatch(1);
  private volatile Thread owner;
  private final Thread shutdownHook;

  /**
   * @param ownBrowser the browser process, where the tool started it and the driver only attached
   */
  BrowserSession(
      WebDriver driver,
      Optional<ChromiumProcess> ownBrowser,
      Optional<Path> throwawayBrowserProfile) {
    this.driver = driver;
    this.ownBrowser = ownBrowser;
    this.throwawayBrowserProfile = throwawayBrowserProfile;
    this.network = NetworkRecord.of(driver);
    this.owner = Thread.currentThread();
    driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
    this.shutdownHook = new Thread(this::onShutdown, "objection-helper-browser-cleanup");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    ownBrowser.ifPresent(ChromiumProcess::handOverEndAtExit);
  }

  /** The thread that works with the session from now on: the one Ctrl-C interrupts. */
  void ownedBy(Thread thread) {
    owner = thread;
  }

  public WebDriver driver() {
    return driver;
  }

  /** Browser name and version, for the evidence manifest. */
  public String browserVersion() {
    Capabilities capabilities = ((HasCapabilities) driver).getCapabilities();
    return capabilities.getBrowserName() + " " + capabilities.getBrowserVersion();
  }

  public Optional<Path> throwawayBrowserProfile() {
    return throwawayBrowserProfile;
  }

  /**
   * What the browser really sent and which trusted clicks it saw; empty where it offers no DevTools
   * (Firefox).
   */
  public Optional<NetworkRecord> network() {
    return network;
  }

  @Override
  public void close() {
    closeNow();
    closedByOwner.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already running the hooks; ours has done or is doing the same work.
    }
  }

  /**
   * Lets the run stop and close the session itself; if it does not begin to in time, closes it
   * here. Either way the JVM ends only once the close has finished (the profile deleted), as a
   * close the run has begun would otherwise be cut short when the hooks end.
   */
  private void onShutdown() {
    if (!closed.get()) {
      StopRequest.arrive();
      owner.interrupt();
      await(closedByOwner, GRACE_ON_SHUTDOWN);
    }
    if (!closeNow()) {
      await(closingDone, CLOSING_ON_SHUTDOWN);
    }
  }

  private static void await(CountDownLatch latch, Duration timeout) {
    try {
      latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends the browser and deletes the throw-away profile; false where another thread does so. */
  private boolean closeNow() {
    if (!closed.compareAndSet(false, true)) {
      return false;
    }
    // Ctrl-C interrupts the run's thread, which then closes the session: an interrupted quit would
    // give up before it has ended the driver.
    boolean interrupted = Thread.interrupted();
    network.ifPresent(NetworkRecord::close);
    try {
      driver.quit();
    } catch (WebDriverException e) {
      LOG.debug("browser was already gone when closing", e);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      ownBrowser.ifPresent(ChromiumProcess::close);
      throwawayBrowserProfile.ifPresent(ThrowawayBrowserProfile::delete);
    } finally {
      closingDone.countDown();
    }
    return true;
  }
}
