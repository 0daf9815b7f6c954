package org.objectionhelper.flow;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.objectionhelper.page.PageOnTheWay;

/**
 * Waits while the person logs in, with guidance in the terminal and in the page. The guidance
 * banner goes only into pages of the profile's hosts; a foreign page (a single sign-on, say) is
 * waited through untouched.
 */
final class LoginWait {
  private final Duration timeout;
  private final PersonAtThePage person;
  private final Narrator narrator;
  private final PatientWait wait;

  LoginWait(Duration timeout, PersonAtThePage person, Narrator narrator, PatientWait wait) {
    this.timeout = timeout;
    this.person = person;
    this.narrator = narrator;
    this.wait = wait;
  }

  /** Returns once the page is on the profile's hosts and shows no login gate any more. */
  void untilLoggedIn(PageOnTheWay page) {
    String platform = narrator.platform(page.profile());
    narrator.say("login.please", platform, timeout);
    wait.until(
            "login.still.waiting",
            timeout,
            () -> {
              if (page.onAllowedHost(page.address())) {
                narrator.show(page.overlay(), "login.banner", platform);
              }
              person.duringLogin();
              URI address = page.address();
              boolean loggedIn = page.onAllowedHost(address) && !page.loginGateShows(address);
              return loggedIn ? Optional.of(Boolean.TRUE) : Optional.empty();
            })
        .orElseThrow(
            () ->
                new ExitException(
                    ExitCode.LOGIN_TIMEOUT,
                    narrator.messages().text("abort.login.timeout", timeout)));
  }
}
