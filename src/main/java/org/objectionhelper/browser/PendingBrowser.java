package org.objectionhelper.browser;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A browser starting in the background while the tool reads its configuration: the start takes
 * longest, so it goes first. Closing it ends the browser whether or not it was ever used.
 */
public final class PendingBrowser implements AutoCloseable {
  private final CompletableFuture<BrowserSession> starting;

  private PendingBrowser(CompletableFuture<BrowserSession> starting) {
    this.starting = starting;
  }

  public static PendingBrowser start(BrowserLauncher launcher, BrowserOptions options) {
    return new PendingBrowser(CompletableFuture.supplyAsync(() -> launcher.start(options)));
  }

  /**
   * Waits for the browser; rethrows why it could not start. The calling thread becomes the
   * session's owner, which Ctrl-C interrupts so that it can keep its evidence.
   */
  public BrowserSession session() {
    try {
      BrowserSession session = starting.join();
      session.ownedBy(Thread.currentThread());
      return session;
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      starting.join().close();
    } catch (CompletionException | CancellationException notStarted) {
      // Nothing was started, so nothing is left to end.
    }
  }
}
