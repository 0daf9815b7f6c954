package org.objectionhelper.replica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectionhelper.browser.BrowserFailure;
import org.objectionhelper.flow.Person;
import org.objectionhelper.page.FormPage;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * Plays the person's part on the bundled replica, for the demo and the tests: logs in and clicks
 * Send, each after a delay, answers the question before the third-party form, and types the e-mail
 * code it reads from the replica's mailbox page, and opens Meta's message in the Support Inbox and
 * says so with the button in the tool's banner. It acts only on the replica's own origin, never on
 * Meta's pages.
 */
public final class ReplicaPerson implements Person {
  private static final Pattern MAILBOX_CODE = Pattern.compile("data-replica=\"code\">(\\d+)<");
  private final URI replica;
  private final String account;
  private final Duration loginAfter;
  private final Duration sendAfter;
  private final Clock clock;
  private final boolean wrongCodeFirst;
  private final Duration answerAfter;
  private Instant questionSeen;
  private int codesTyped;
  private Instant loginSeen;

  /** The login form this person sent, until the page that answers it replaces it. */
  private WebElement loginSent;

  private FormPage reviewing;
  private Instant reviewSeen;
  private int sendClicks;

  private ReplicaPerson(
      URI replica,
      String account,
      Duration loginAfter,
      Duration sendAfter,
      Clock clock,
      boolean wrongCodeFirst,
      Duration answerAfter) {
    this.answerAfter = answerAfter;
    this.replica = replica;
    this.account = account;
    this.loginAfter = loginAfter;
    this.sendAfter = sendAfter;
    this.clock = clock;
    this.wrongCodeFirst = wrongCodeFirst;
  }

  /** Logs in with {@code account} and sends at once. */
  public static ReplicaPerson prompt(URI replica, String account) {
    return new ReplicaPerson(
        replica, account, Duration.ZERO, Duration.ZERO, Clock.systemUTC(), false, Duration.ZERO);
  }

  public ReplicaPerson loggingInAfter(Duration delay) {
    return new ReplicaPerson(
        replica, account, delay, sendAfter, clock, wrongCodeFirst, answerAfter);
  }

  /** A person who takes {@code delay} at the review before clicking Send. */
  public ReplicaPerson sendingAfter(Duration delay) {
    return new ReplicaPerson(
        replica, account, loginAfter, delay, clock, wrongCodeFirst, answerAfter);
  }

  /** A person who takes {@code delay} to answer a question the page asks before the form. */
  public ReplicaPerson answeringAfter(Duration delay) {
    return new ReplicaPerson(replica, account, loginAfter, sendAfter, clock, wrongCodeFirst, delay);
  }

  /** A person who never clicks Send: the review must time out with nothing sent. */
  public ReplicaPerson neverSending() {
    return new ReplicaPerson(
        replica, account, loginAfter, null, clock, wrongCodeFirst, answerAfter);
  }

  /** A person who mistypes the e-mail code once, then types the right one. */
  public ReplicaPerson typingAWrongCodeFirst() {
    return new ReplicaPerson(replica, account, loginAfter, sendAfter, clock, true, answerAfter);
  }

  /** How many codes this person typed, wrong ones included. */
  public int codesTyped() {
    return codesTyped;
  }

  public int sendClicks() {
    return sendClicks;
  }

  @Override
  public void duringLogin(FormPage page) {
    if (!onReplica(page.driver())) {
      return;
    }
    loginSeen = loginSeen == null ? clock.instant() : loginSeen;
    if (clock.instant().isBefore(loginSeen.plus(loginAfter))) {
      return;
    }
    if (asAPersonWould(() -> logIn(page.driver()))) {
      loginSeen = null;
    }
  }

  /** Types into the login form once it shows; false while it does not show yet. */
  private boolean logIn(WebDriver driver) {
    if (loginSent != null && stillShows(loginSent)) {
      return false;
    }
    // Any of the replica's login gates, wherever it is: the form that asks for a password.
    Optional<WebElement> form = visible(driver, "form:has(input[type=password])");
    Optional<WebElement> identifier =
        form.flatMap(f -> visible(f, "input[type=text], input[type=email]"));
    Optional<WebElement> password = form.flatMap(f -> visible(f, "input[type=password]"));
    Optional<WebElement> submit = form.flatMap(f -> visible(f, "button[type=submit]"));
    if (identifier.isEmpty() || password.isEmpty() || submit.isEmpty()) {
      return false;
    }
    typeInto(identifier.get(), account);
    typeInto(password.get(), "replica-only");
    submit.get().click();
    loginSent = form.get();
    return true;
  }

  @Override
  public void duringReview(FormPage page) {
    if (sendAfter == null || !onReplica(page.driver())) {
      return;
    }
    if (page != reviewing) {
      reviewing = page;
      reviewSeen = clock.instant();
    }
    if (reviewSeen != null && !clock.instant().isBefore(reviewSeen.plus(sendAfter))) {
      if (asAPersonWould(() -> clickSend(page))) {
        sendClicks++;
        reviewSeen = null;
      }
    }
  }

  @Override
  public void duringPause(FormPage page, String stepName) {
    if (!onReplica(page.driver())) {
      return;
    }
    asAPersonWould(() -> answerOrTypeCode(page.driver()));
  }

  @Override
  public void duringInbox(FormPage page) {
    if (!onReplica(page.driver())) {
      return;
    }
    asAPersonWould(() -> openMessageAndSaySo(page.driver()));
  }

  /** Opens Meta's message; once it shows, presses the banner's button to say so. */
  private static boolean openMessageAndSaySo(WebDriver driver) {
    if (visible(driver, "[data-replica=inbox-open]").isPresent()) {
      Optional<WebElement> done = visible(driver, "#objection-helper-banner button");
      done.ifPresent(WebElement::click);
      return done.isPresent();
    }
    Optional<WebElement> message = visible(driver, "[data-replica=inbox-message]");
    message.ifPresent(WebElement::click);
    return message.isPresent();
  }

  private boolean answerOrTypeCode(WebDriver driver) {
    Optional<WebElement> yes = visible(driver, "[data-answer=yes]");
    if (yes.isPresent()) {
      questionSeen = questionSeen == null ? clock.instant() : questionSeen;
      if (clock.instant().isBefore(questionSeen.plus(answerAfter))) {
        return false;
      }
      yes.get().click();
      // A question that needs a button to go on, as Meta's "Weiter".
      visible(driver, "[data-replica=continue]").ifPresent(WebElement::click);
      questionSeen = null;
      return true;
    }
    Optional<WebElement> input = visible(driver, "input[autocomplete=one-time-code]");
    // A code typed already is on its way; the next page shows an empty field if it was wrong.
    if (input.isEmpty() || !input.get().getDomProperty("value").isEmpty()) {
      return false;
    }
    Optional<WebElement> submit = visible(driver, "form button[type=submit]");
    Optional<String> sent = codeInMailbox();
    if (submit.isEmpty() || sent.isEmpty()) {
      return false;
    }
    String code = wrongCodeFirst && codesTyped == 0 ? mistyped(sent.get()) : sent.get();
    input.get().sendKeys(code);
    codesTyped++;
    submit.get().click();
    return true;
  }

  private Optional<String> codeInMailbox() {
    HttpRequest request = HttpRequest.newBuilder(Mailbox.url(replica, account)).build();
    try {
      String page = HttpClient.newHttpClient().send(request, BodyHandlers.ofString()).body();
      Matcher code = MAILBOX_CODE.matcher(page);
      return code.find() ? Optional.of(code.group(1)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("the replica's mailbox did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static String mistyped(String code) {
    char last = code.charAt(code.length() - 1);
    return code.substring(0, code.length() - 1) + (last == '9' ? '0' : (char) (last + 1));
  }

  private static boolean clickSend(FormPage page) {
    page.clickSend();
    return true;
  }

  /**
   * Does one thing in the page as a person would: only what shows, and where the page changes under
   * their hand (it reloads, an element goes away or is covered), they look again on the next round
   * instead of giving up. A browser that stopped working is not hidden: the flow's own next call
   * sees it.
   *
   * @return whether the action was done
   */
  private static boolean asAPersonWould(BooleanSupplier action) {
    try {
      return action.getAsBoolean();
    } catch (WebDriverException e) {
      if (!BrowserFailure.isPageState(e)) {
        throw e;
      }
      return false;
    }
  }

  private static boolean stillShows(WebElement element) {
    try {
      return element.isDisplayed();
    } catch (StaleElementReferenceException replaced) {
      return false;
    }
  }

  private static Optional<WebElement> visible(SearchContext where, String css) {
    return where.findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isDisplayed)
        .findFirst();
  }

  private static void typeInto(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  private boolean onReplica(WebDriver driver) {
    URI current = URI.create(driver.getCurrentUrl());
    return replica.getHost().equals(current.getHost()) && replica.getPort() == current.getPort();
  }
}
