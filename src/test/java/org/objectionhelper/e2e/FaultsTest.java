package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.browser.ChildProcesses;
import org.objectionhelper.evidence.Bundle;
import org.objectionhelper.evidence.EvidenceVerifier;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.page.NavigationRefusedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.remote.HttpCommandExecutor;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Faults end with a clear message and their exit code, the throw-away profile deleted, and the
 * evidence written so far kept and marked incomplete. (The login timeout is in FilingEndToEndTest,
 * Ctrl-C in InterruptTest.)
 */
@Tag("browser")
class FaultsTest {
  private static final String EMAIL = "anna.beispiel@example.org";
  private static final ObjectionRequest REQUEST =
      new ObjectionRequest(EMAIL, Optional.empty(), Optional.empty());

  @TempDir Path evidence;

  @Test
  void closingTheWindowDuringReviewEndsAsNotSent() throws Exception {
    Outcome outcome;
    Path browserProfile;
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      browserProfile = harness.browser.throwawayBrowserProfile().orElseThrow();
      Person closesTheWindow = harness.loggingInThen(EMAIL, page -> page.driver().close());

      outcome = harness.file(Platform.FACEBOOK, REQUEST, closesTheWindow);
    }

    assertEquals(ExitCode.NOT_SENT, outcome.exitCode());
    assertEquals("The browser window was closed before the objection was sent.", outcome.message());
    assertIncompleteEvidence(outcome);
    assertFalse(Files.exists(browserProfile), "throw-away profile deleted");
  }

  /**
   * The manifest cannot be written after Meta confirmed (here a folder squats its name; a full disk
   * reads the same): exit 7, and the person learns that it was sent and what is kept where.
   */
  @Test
  void aManifestThatCannotBeWrittenAfterSendingEndsAsEvidenceFailedAndSaysWhatWasSentAndKept()
      throws Exception {
    Outcome outcome;
    String terminal;
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      Person sendsOnAFullDisk =
          harness.loggingInThen(
              EMAIL,
              page -> {
                try (Stream<Path> folders = Files.list(evidence)) {
                  Path manifest = folders.findFirst().orElseThrow().resolve(Manifest.FILE_NAME);
                  if (!Files.exists(manifest)) {
                    Files.createDirectory(manifest);
                    page.clickSend();
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });

      outcome = harness.file(Platform.FACEBOOK, REQUEST, sendsOnAFullDisk);
      terminal = harness.terminal();
    }

    assertEquals(ExitCode.EVIDENCE_FAILED, outcome.exitCode(), outcome.message());
    assertTrue(outcome.message().contains("manifest.json"), outcome.message());
    Path folder = outcome.evidence().orElseThrow();
    assertTrue(
        terminal.contains(
            "Facebook has confirmed your objection: it was sent. But its proof could not be written completely"),
        terminal);
    assertTrue(
        terminal.contains("Kept in " + folder + ": 01-form-filled.png, 02-confirmation.png"),
        terminal);
    assertTrue(terminal.contains("receipt.html"), terminal);
    assertTrue(
        Files.isRegularFile(folder.resolve(Bundle.CONFIRMATION)), "what was captured is kept");
  }

  @Test
  void aServerThatIsDownEndsWithItsOwnExitCodeAndSaysWhatToDo() throws IOException {
    URI closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      var down = harness.profile(Platform.FACEBOOK).rehostedTo(closedPort);

      Outcome outcome = harness.file(down, REQUEST, Person.AT_THE_BROWSER);

      assertEquals(ExitCode.PAGE_UNREACHABLE, outcome.exitCode());
      assertTrue(
          outcome
              .message()
              .startsWith(
                  "The form could not be opened: " + down.formUrl() + " could not be loaded ("),
          outcome.message());
      assertTrue(outcome.message().contains("net::ERR_CONNECTION_REFUSED"), outcome.message());
      assertTrue(
          outcome.message().endsWith("Check the internet connection, then run the command again."),
          outcome.message());
      assertTrue(outcome.evidence().isEmpty());
    }
  }

  /**
   * The server answers but never finishes the page: the run ends with its own words and exit 12
   * once the page had its time (shortened here), not as a browser failure minutes later.
   */
  @Test
  void aPageThatNeverFinishesLoadingEndsAsUnavailableWithinItsTime() throws Exception {
    Duration pageTime = Duration.ofSeconds(3);
    try (NeverEndingPage neverEnding = new NeverEndingPage();
        ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      var stuck = harness.profile(Platform.FACEBOOK).rehostedTo(neverEnding.origin());
      harness.browser.driver().manage().timeouts().pageLoadTimeout(pageTime);
      Instant started = Instant.now();

      Outcome outcome = harness.file(stuck, REQUEST, Person.AT_THE_BROWSER);

      Duration took = Duration.between(started, Instant.now());
      assertEquals(ExitCode.FORM_UNAVAILABLE, outcome.exitCode(), outcome.message());
      assertEquals(
          "The form at "
              + stuck.formUrl()
              + " did not finish loading within 3 seconds: Meta's server is answering, but too"
              + " slowly or not completely. Nothing was sent. Try again later.",
          outcome.message());
      assertTrue(took.compareTo(pageTime.multipliedBy(4)) < 0, "took " + took);
      assertTrue(outcome.evidence().isEmpty());
    }
  }

  @Test
  void aDyingBrowserEndsAsBrowserFailedAndTheProfileIsDeleted() throws Exception {
    Outcome outcome;
    Path browserProfile;
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      browserProfile = harness.browser.throwawayBrowserProfile().orElseThrow();
      int driverPort =
          ((HttpCommandExecutor) ((RemoteWebDriver) harness.browser.driver()).getCommandExecutor())
              .getAddressOfRemoteServer()
              .getPort();
      Path usedProfile = browserProfile;
      Person killsTheBrowser =
          harness.loggingInThen(EMAIL, page -> killDriverAndBrowser(driverPort, usedProfile));

      outcome = harness.file(Platform.FACEBOOK, REQUEST, killsTheBrowser);
    }

    assertEquals(ExitCode.BROWSER_FAILED, outcome.exitCode(), outcome.message());
    assertTrue(outcome.message().startsWith("The browser stopped working: "), outcome.message());
    assertIncompleteEvidence(outcome);
    assertFalse(Files.exists(browserProfile), "throw-away profile deleted");
  }

  @Test
  void aForeignPageDuringLoginIsWaitedThroughWithoutTouchingIt() {
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      harness.loginTimeout = Duration.ofSeconds(2);
      // localhost is the same machine, but not the replica's host 127.0.0.1 the profile allows.
      String foreign = "http://localhost:" + harness.replica.origin().getPort() + "/login/";
      Person wandersOff =
          new Person() {
            @Override
            public void duringLogin(FormPage page) {
              if (page.navigation().currentUrl().startsWith("http://127.0.0.1")) {
                page.driver().get(foreign);
              }
            }
          };

      Outcome outcome = harness.file(Platform.FACEBOOK, REQUEST, wandersOff);

      assertEquals(ExitCode.LOGIN_TIMEOUT, outcome.exitCode());
      assertTrue(
          harness.browser.driver().getCurrentUrl().startsWith(foreign),
          "the tool did not navigate away");
      JavascriptExecutor page = (JavascriptExecutor) harness.browser.driver();
      assertEquals(
          Boolean.TRUE,
          page.executeScript("return document.getElementById('objection-helper-banner') === null"));
    }
  }

  @Test
  void neverFillsOrMarksAFieldOnAForeignHost() {
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      FormPage page = harness.page(Platform.FACEBOOK);
      harness
          .browser
          .driver()
          .get("http://localhost:" + harness.replica.origin().getPort() + "/login/");
      var field =
          page.findNow(harness.profile(Platform.FACEBOOK).login().indicators()).orElseThrow();

      NavigationRefusedException refused =
          assertThrows(
              NavigationRefusedException.class, () -> page.filling().type(field, "anything"));

      assertTrue(refused.getMessage().contains("http://localhost:"), refused.getMessage());
      assertThrows(NavigationRefusedException.class, () -> page.filling().markFilled(field));
      JavascriptExecutor js = (JavascriptExecutor) harness.browser.driver();
      assertEquals(
          0L,
          js.executeScript(
              "return document.querySelectorAll('[data-objection-helper-outline]').length"));
    }
  }

  /**
   * A page between two documents has no body for a moment (after Send, while Meta's answer loads):
   * the review reads that as no answer yet and looks again, instead of ending the run.
   */
  @Test
  void aDocumentWithoutABodyIsNoAnswerYetRatherThanAChangedForm() {
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      FormPage page = harness.page(Platform.THIRD_PARTY);
      harness.browser.driver().get("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>");
      JavascriptExecutor js = (JavascriptExecutor) harness.browser.driver();
      assertEquals(Boolean.TRUE, js.executeScript("return document.body === null"));

      assertEquals(Optional.empty(), page.confirmation());
      assertEquals(Optional.empty(), page.sendError());
    }
  }

  private static void assertIncompleteEvidence(Outcome outcome) throws IOException {
    Path folder = outcome.evidence().orElseThrow();
    assertTrue(Files.size(folder.resolve("01-form-filled.png")) > 1000);
    Manifest manifest = ManifestJson.read(folder.resolve(Manifest.FILE_NAME));
    assertFalse(manifest.run().completion().complete());
    assertTrue(new EvidenceVerifier().verify(folder).isIntact());
  }

  /**
   * Kills this session's chromedriver and its browser (started by the tool) at once, as a crash
   * would.
   */
  private static void killDriverAndBrowser(int driverPort, Path browserProfile) {
    List<ProcessHandle> driver = ChildProcesses.runningWith("--port=" + driverPort);
    List<ProcessHandle> browser =
        ChildProcesses.runningWith("--user-data-dir=" + browserProfile.toAbsolutePath());
    assertEquals(1, driver.size(), "one chromedriver on port " + driverPort);
    assertEquals(1, browser.size(), "one browser on the profile");
    Stream.of(driver, browser).flatMap(List::stream).forEach(ProcessHandle::destroyForcibly);
    driver.get(0).onExit().join();
    browser.get(0).onExit().join();
  }
}
