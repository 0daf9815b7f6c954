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
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectionhelper.flow.Person;
import org.objectionhelper.page.FormPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Plays the person's part on the bundled replica, for the demo and the tests: logs in and clicks
 * Send, each after a delay, answers the question before the third-party form, and types the e-mail
 * code it reads from the replica's mailbox page. It acts only on the replica's own origin, never on
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
  private Duration answerAfter = Duration.ZERO;
  private Instant pauseSeen;
  private int codesTyped;
  private Instant loginSeen;
  private FormPage reviewing;
  private Instant reviewSeen;
  private int sendClicks;

  private ReplicaPerson(
      URI replica, String account, Duration loginAfter, Duration sendAfter, Clock clock, boolean wrongCodeFirst) {
    this.replica = replica;
    this.account = account;
    this.loginAfter = loginAfter;
    this.sendAfter = sendAfter;
    this.clock = clock;
    this.wrongCodeFirst = wrongCodeFirst;
  }

  /** Logs in with {@code account} and sends at once. */
  public static ReplicaPerson prompt(URI replica, String account) {
    return new ReplicaPerson(replica, account, Duration.ZERO, Duration.ZERO, Clock.systemUTC(), false);
  }

  public ReplicaPerson loggingInAfter(Duration delay) {
    return new ReplicaPerson(replica, account, delay, sendAfter, clock, wrongCodeFirst);
  }

  /** A person who takes {@code delay} at the review before clicking Send. */
  public ReplicaPerson sendingAfter(Duration delay) {
    return new ReplicaPerson(replica, account, loginAfter, delay, clock, wrongCodeFirst);
  }

  /** A person who never clicks Send: the review must time out with nothing sent. */
  public ReplicaPerson neverSending() {
    return new ReplicaPerson(replica, account, loginAfter, null, clock, wrongCodeFirst);
  }

  /** A person who takes {@code delay} to answer a question the page asks before the form. */
  public ReplicaPerson answeringAfter(Duration delay) {
    ReplicaPerson slow = new ReplicaPerson(replica, account, loginAfter, sendAfter, clock, wrongCodeFirst);
    slow.answerAfter = delay;
    return slow;
  }

  /** A person who mistypes the e-mail code once, then types the right one. */
  public ReplicaPerson typingAWrongCodeFirst() {
    return new ReplicaPerson(replica, account, loginAfter, sendAfter, clock, true);
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
    WebDriver driver = page.driver();
    // Any of the replica's login gates: the form that asks for a password.
    List<WebElement> forms = driver.findElements(By.xpath("//form[.//input[@type='password']]"));
    if (forms.isEmpty()) {
      return;
    }
    WebElement form = forms.get(0);
    form.findElement(By.cssSelector("input[type=text], input[type=email]")).sendKeys(account);
    form.findElement(By.cssSelector("input[type=password]")).sendKeys("replica-only");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    loginSeen = null;
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
      page.clickSend();
      sendClicks++;
      reviewSeen = null;
    }
  }

  @Override
  public void duringPause(FormPage page, String stepName) {
    if (!onReplica(page.driver())) {
      return;
    }
    WebDriver driver = page.driver();
    List<WebElement> yes = driver.findElements(By.cssSelector("[data-answer=yes]"));
    if (!yes.isEmpty() && yes.get(0).isDisplayed()) {
      pauseSeen = pauseSeen == null ? clock.instant() : pauseSeen;
      if (clock.instant().isBefore(pauseSeen.plus(answerAfter))) {
        return;
      }
      yes.get(0).click();
      // A question that needs a button to go on, as Meta's "Weiter".
      driver.findElements(By.cssSelector("[data-replica=continue]")).forEach(WebElement::click);
      pauseSeen = null;
      return;
    }
    List<WebElement> input = driver.findElements(By.cssSelector("input[autocomplete=one-time-code]"));
    // A code typed already is on its way; the next page shows an empty field if it was wrong.
    if (input.isEmpty() || !input.get(0).getDomProperty("value").isEmpty()) {
      return;
    }
    Optional<String> sent = codeInMailbox();
    if (sent.isEmpty()) {
      return;
    }
    String code = wrongCodeFirst && codesTyped == 0 ? mistyped(sent.get()) : sent.get();
    input.get(0).sendKeys(code);
    codesTyped++;
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
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

  private boolean onReplica(WebDriver driver) {
    URI current = URI.create(driver.getCurrentUrl());
    return replica.getHost().equals(current.getHost()) && replica.getPort() == current.getPort();
  }
}
