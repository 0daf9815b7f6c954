package org.objectionhelper.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.browser.BrowserLauncher;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.ProfileLoader;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.ReplicaSite;
import org.openqa.selenium.Cookie;

/** Two accounts in one sitting, each in its own headless Chromium, against the replica. */
@Tag("browser")
class SeveralAccountsTest {
  private static final List<String> ACCOUNTS = List.of("anna@example.org", "ben@example.org");

  @TempDir Path evidence;

  /**
   * The replica person of one account, noting the cookies its browser holds when it first meets the
   * login gate: the login wait asks again until it sees the form, and by then the account's own
   * session cookie is there.
   */
  private static final class Watching implements Person {
    final ReplicaPerson person;
    final Set<String> cookiesAtLogin = new HashSet<>();
    final List<Cookie> cookiesAtReview = new ArrayList<>();

    Watching(ReplicaPerson person) {
      this.person = person;
    }

    private boolean metTheGate;

    @Override
    public void duringLogin(FormPage page) {
      if (!metTheGate) {
        page.driver()
            .manage()
            .getCookies()
            .forEach(cookie -> cookiesAtLogin.add(cookie.getName() + "=" + cookie.getValue()));
        metTheGate = true;
      }
      person.duringLogin(page);
    }

    @Override
    public void duringReview(FormPage page) {
      cookiesAtReview.addAll(page.driver().manage().getCookies());
      person.duringReview(page);
    }
  }

  @Test
  void filesEachAccountInAFreshBrowserWithItsOwnEvidenceAndLogsOutInBetween() throws Exception {
    FlowSettings settings =
        new FlowSettings(
            Duration.ofSeconds(20),
            Duration.ofSeconds(20),
            FlowSettings.DEFAULT_FIND_TIMEOUT,
            FlowSettings.DEFAULT_PROGRESS_EVERY,
            evidence,
            Optional.empty());
    BrowserOptions headless = BrowserOptions.headless(Language.EN);
    StringWriter terminal = new StringWriter();
    Narrator narrator = new Narrator(Messages.of(Language.EN), new PrintWriter(terminal, true));
    List<Watching> people = new ArrayList<>();

    try (ReplicaSite replica = ReplicaSite.start();
        BrowserSession first = BrowserLauncher.standard().start(headless)) {
      FormProfile facebook =
          ProfileLoader.bundled().load(Platform.FACEBOOK).rehostedTo(replica.origin());
      List<ObjectionRequest> accounts =
          ACCOUNTS.stream()
              .map(email -> new ObjectionRequest(email, Optional.empty(), Optional.empty()))
              .toList();

      List<String> afterFiling = new ArrayList<>();
      List<Outcome> outcomes =
          new Sitting(settings, narrator, () -> BrowserLauncher.standard().start(headless))
              .then(
                  (browser, profiles, filed, person) ->
                      afterFiling.add(
                          filed.get(0).exitCode()
                              + " "
                              + (browser.driver().manage().getCookieNamed("c_user") != null)))
              .run(
                  List.of(facebook),
                  accounts,
                  account -> {
                    Watching person =
                        new Watching(ReplicaPerson.prompt(replica.origin(), account.email()));
                    people.add(person);
                    return person;
                  },
                  first);

      assertEquals(
          List.of(ExitCode.OK, ExitCode.OK), outcomes.stream().map(Outcome::exitCode).toList());
      assertEquals(
          List.of("OK true", "OK true"),
          afterFiling,
          "after each account's filing, before its logout, still logged in");
      assertEquals(
          ACCOUNTS, replica.submissions().stream().map(submission -> submission.email()).toList());
      Path firstBundle = outcomes.get(0).evidence().orElseThrow();
      Path secondBundle = outcomes.get(1).evidence().orElseThrow();
      assertNotEquals(firstBundle, secondBundle);
      assertTrue(firstBundle.startsWith(evidence) && secondBundle.startsWith(evidence));

      Cookie firstSession = sessionCookie(people.get(0));
      assertFalse(
          people
              .get(1)
              .cookiesAtLogin
              .contains(firstSession.getName() + "=" + firstSession.getValue()),
          "the second account's browser must not hold the first account's session");
      assertTrue(
          people.get(1).cookiesAtLogin.stream().noneMatch(cookie -> cookie.startsWith("c_user=")));
      assertEquals(
          302,
          formStatusWith(replica.formUrl(Platform.FACEBOOK), firstSession),
          "logged out at Meta's end too");
      assertTrue(
          terminal.toString().contains("Account 1 (anna@example.org): sent and confirmed."),
          terminal.toString());
      assertTrue(
          terminal.toString().contains("Account 2 (ben@example.org): sent and confirmed."),
          terminal.toString());
    }
  }

  private static Cookie sessionCookie(Watching person) {
    return person.cookiesAtReview.stream()
        .filter(cookie -> cookie.getName().equals("c_user"))
        .findFirst()
        .orElseThrow();
  }

  /** 200 while the session is valid, a redirect to the login once it is not. */
  private static int formStatusWith(URI form, Cookie session) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(form)
            .header("Cookie", session.getName() + "=" + session.getValue())
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
