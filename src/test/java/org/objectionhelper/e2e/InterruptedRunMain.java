package org.objectionhelper.e2e;

import java.nio.file.Path;
import java.util.Optional;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.browser.BrowserLauncher;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Person;
import org.objectionhelper.page.FormPage;

/**
 * Run in a child JVM by {@link LeftoverProfileTest}. {@code wait-at-login}: files on the replica
 * and waits at the login, saying so on standard output with its browser profile, until it is
 * killed. {@code start-and-close}: starts a browser and closes it again, as the next run would.
 */
public final class InterruptedRunMain {
  static final String WAITING = "waiting at login, profile ";
  static final String CLOSED = "closed";

  private InterruptedRunMain() {}

  public static void main(String[] args) {
    if (args[0].equals("start-and-close")) {
      BrowserLauncher.standard().start(BrowserOptions.headless(Language.DE)).close();
      System.out.println(CLOSED);
      return;
    }
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, Path.of(args[1]))) {
      Path browserProfile = harness.browser.throwawayBrowserProfile().orElseThrow();
      Person waiting =
          new Person() {
            @Override
            public void duringLogin(FormPage page) {
              System.out.println(WAITING + browserProfile);
            }
          };
      harness.file(
          Platform.INSTAGRAM,
          new ObjectionRequest("anna@example.org", Optional.empty(), Optional.empty()),
          waiting);
    }
  }
}
