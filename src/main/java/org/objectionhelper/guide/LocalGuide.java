package org.objectionhelper.guide;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.objectionhelper.basics.Language;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.page.Poll;
import org.objectionhelper.profile.ReasonTemplates;
import org.objectionhelper.questions.Answers;
import org.objectionhelper.web.Guards;
import org.objectionhelper.web.LocalWebServer;
import org.openqa.selenium.WebDriverException;

/**
 * The assistant's own pages on this computer (127.0.0.1, a random port, a secret in the address,
 * Host and Origin checked; see SECURITY.md), shown in the browser the run uses, and the waits for
 * the person's answers there. Closing it stops the server.
 */
public final class LocalGuide implements AutoCloseable {
  /** How long the questions may take before the run gives up, as the login wait does. */
  private static final Duration QUESTIONS_TIMEOUT = Duration.ofMinutes(30);

  private static final Duration TICK = Duration.ofMillis(250);

  private final GuideSite site;
  private final LocalWebServer server;

  private LocalGuide(GuideSite site, LocalWebServer server) {
    this.site = site;
    this.server = server;
  }

  /**
   * @param language the language offered first; the person may choose the other
   */
  public static LocalGuide start(Language language, FolderOpener opener) {
    return start(language, opener, ReasonTemplates.bundled(), UsbSticks.ofThisComputer());
  }

  static LocalGuide start(
      Language language, FolderOpener opener, ReasonTemplates templates, UsbSticks sticks) {
    GuideSite site = new GuideSite(templates, sticks, opener, language);
    return new LocalGuide(site, LocalWebServer.start("assistant", site.routes(), Guards.all()));
  }

  public URI address(LocalPage page) {
    return server.url(page.path());
  }

  /** The language the person chose on the first page. */
  public Language language() {
    return site.language();
  }

  /**
   * Shows the questions ({@link LocalPage#START}, or {@link LocalPage#ACCOUNT} for another account)
   * and waits for the answers.
   *
   * @throws NotAnswered if the person declines, closes the window or takes too long
   */
  public Answers ask(BrowserSession browser, LocalPage page, PageVisitor visitor) {
    if (page == LocalPage.ACCOUNT) {
      site.askForAnotherAccount();
    }
    show(browser, page, visitor);
    Optional<Answers> answers =
        await(site.answers(), browser).orElseThrow(() -> new NotAnswered(false));
    return answers.orElseThrow(() -> new NotAnswered(true));
  }

  /**
   * Shows the end page with every outcome so far and waits for the person's choice.
   *
   * @return true where they want to file for another account; false where they finish, close the
   *     window, or leave it
   */
  public boolean anotherAccount(BrowserSession browser, List<Outcome> all, PageVisitor visitor) {
    site.end().finished(all);
    show(browser, LocalPage.END, visitor);
    return await(site.end().next(), browser).orElse(EndSite.Next.FINISH)
        == EndSite.Next.ANOTHER_ACCOUNT;
  }

  @Override
  public void close() {
    server.close();
  }

  private void show(BrowserSession browser, LocalPage page, PageVisitor visitor) {
    browser.driver().get(address(page).toString());
    visitor.arrived(browser.driver(), page);
  }

  /** The answer once given; empty where the window closed or the time ran out first. */
  private static <T> Optional<T> await(CompletableFuture<T> answer, BrowserSession browser) {
    Optional<Optional<T>> ended =
        Poll.until(
            QUESTIONS_TIMEOUT,
            TICK,
            () -> {
              if (answer.isDone()) {
                return Optional.of(Optional.of(answer.join()));
              }
              return isOpen(browser) ? Optional.empty() : Optional.of(Optional.<T>empty());
            });
    return ended.flatMap(given -> given);
  }

  private static boolean isOpen(BrowserSession browser) {
    try {
      return !browser.driver().getWindowHandles().isEmpty();
    } catch (WebDriverException gone) {
      return false;
    }
  }
}
