package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.browser.BrowserChoice;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.evidence.EvidenceVerifier;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.Submission;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * The whole flow through a Selenium Grid 4 standalone on 127.0.0.1, driving this machine's
 * Chromium.
 */
@Tag("browser")
class GridEndToEndTest {
  private static final String EMAIL = "grid.nutzer@example.org";

  @TempDir Path evidence;

  @Test
  void filesThroughTheGridWithEvidenceWrittenHereAndCdpStillAtHand() throws Exception {
    // An emoji: chromedriver's sendKeys refuses it, so it arrives only if CDP works through the
    // Grid.
    String reason = "Über das Netz gesteuert 🤖";
    try (LocalGrid grid = LocalGrid.start();
        ReplicaHarness harness =
            new ReplicaHarness(
                Language.DE,
                evidence,
                BrowserOptions.headless(Language.DE)
                    .with(BrowserChoice.CHROMIUM)
                    .onGrid(grid.url()),
                UnaryOperator.identity())) {
      Outcome outcome =
          harness.file(
              Platform.INSTAGRAM,
              new ObjectionRequest(EMAIL, Optional.of("AT"), Optional.of(reason)),
              ReplicaPerson.prompt(harness.origin(), EMAIL));

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
      assertTrue(harness.browser.driver() instanceof RemoteWebDriver);
      assertTrue(harness.browser.driver() instanceof HasCdp);
      Submission received = harness.replica.submissions().get(0);
      assertEquals(EMAIL, received.email());
      assertEquals("AT", received.country());
      assertEquals(reason, received.reason());
      Path folder = outcome.evidence().orElseThrow();
      assertTrue(folder.startsWith(evidence));
      assertTrue(Files.size(folder.resolve("02-confirmation.png")) > 1000);
      assertTrue(new EvidenceVerifier().verify(folder).isIntact());

      PageCaptures.assertFullPageAndPdf(harness.browser.driver());
    }
  }
}
