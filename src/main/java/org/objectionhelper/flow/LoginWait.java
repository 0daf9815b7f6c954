package org.objectionhelper.flow;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.objectionhelper.page.FormChangedException;
import org.objectionhelper.page.FormPage;

/**
 * Waits while the person logs in, with guidance in the terminal and in the page, and brings the
 * browser back to the form where Meta lands them elsewhere. The guidance banner goes only into
 * pages of the profile's hosts; a foreign page (a single sign-on, say) is waited through untouched.
 */
final class LoginWait {
  private static final int MAX_RETURNS_TO_FORM = 3;

  private final Duration timeout;
  private final Person person;
  private final Narrator narrator;
  private final PatientWait wait;

  LoginWait(Duration timeout, Person person, Narrator narrator, PatientWait wait) {
    this.timeout = timeout;
    this.person = person;
    this.narrator = narrator;
    this.wait = wait;
  }

  /**
   * Returns once the form shows: how the login gate was recognised, if one was seen. "Logged in" is
   * said only after a gate was seen and left.
   */
  Optional<String> untilFormShows(FormPage page) {
    Optional<String> gate = Optional.empty();
    for (int returns = 0; returns <= MAX_RETURNS_TO_FORM; returns++) {
      URI address = page.address();
      Optional<String> gateNow =
          page.onAllowedHost(address) ? page.loginGate(address) : Optional.of("another host");
      if (gateNow.isPresent()) {
        gate = gateNow;
        awaitLogin(page);
        address = page.address();
      }
      if (page.showsForm(address)) {
        return gate;
      }
      narrator.say(gate.isPresent() ? "login.back.to.form" : "login.reopen.form");
      page.open();
    }
    throw new FormChangedException("Meta did not show the form after login: " + page.currentUrl());
  }

  private void awaitLogin(FormPage page) {
    String platform = narrator.platform(page.profile());
    narrator.say("login.please", platform, timeout);
    wait.until(
            "login.still.waiting",
            timeout,
            () -> {
              if (page.onAllowedHost()) {
                narrator.show(page.overlay(), "login.banner", platform);
              }
              person.duringLogin(page);
              URI address = page.address();
              boolean loggedIn = page.onAllowedHost(address) && !page.loginGateShows(address);
              return loggedIn ? Optional.of(Boolean.TRUE) : Optional.empty();
            })
        .orElseThrow(
            () ->
                new FlowAbortedException(
                    ExitCode.LOGIN_TIMEOUT,
                    narrator.messages().text("abort.login.timeout", timeout)));
  }
}
