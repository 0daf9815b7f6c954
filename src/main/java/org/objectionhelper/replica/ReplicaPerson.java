package org.objectionhelper.replica;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.objectionhelper.flow.Person;
import org.objectionhelper.page.FormPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Plays the person's part on the bundled replica, for the demo and the tests: logs in and clicks
 * Send, each after a delay. It acts only on the replica's own origin, never on Meta's pages.
 */
public final class ReplicaPerson implements Person {
  private final URI replica;
  private final String account;
  private final Duration loginAfter;
  private final Duration sendAfter;
  private final Clock clock;
  private Instant loginSeen;
  private FormPage reviewing;
  private Instant reviewSeen;
  private int sendClicks;

  private ReplicaPerson(URI replica, String account, Duration loginAfter, Duration sendAfter, Clock clock) {
    this.replica = replica;
    this.account = account;
    this.loginAfter = loginAfter;
    this.sendAfter = sendAfter;
    this.clock = clock;
  }

  /** Logs in with {@code account} and sends at once. */
  public static ReplicaPerson prompt(URI replica, String account) {
    return new ReplicaPerson(replica, account, Duration.ZERO, Duration.ZERO, Clock.systemUTC());
  }

  public ReplicaPerson loggingInAfter(Duration delay) {
    return new ReplicaPerson(replica, account, delay, sendAfter, clock);
  }

  /** A person who never clicks Send: the review must time out with nothing sent. */
  public ReplicaPerson neverSending() {
    return new ReplicaPerson(replica, account, loginAfter, null, clock);
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
    WebElement form = driver.findElement(By.cssSelector("form#login_form, form#loginForm"));
    form.findElement(By.cssSelector("input[name=email], input[name=username]")).sendKeys(account);
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

  private boolean onReplica(WebDriver driver) {
    URI current = URI.create(driver.getCurrentUrl());
    return replica.getHost().equals(current.getHost()) && replica.getPort() == current.getPort();
  }
}
