package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.browser.BrowserChoice;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.replica.ReplicaPerson;
import org.openqa.selenium.os.ExecutableFinder;

/**
 * The whole flow in Firefox and Edge, where they and their drivers are on PATH; skipped elsewhere
 * (Debian has firefox-esr but no geckodriver package, and no Edge).
 */
@Tag("browser")
class OtherBrowsersEndToEndTest {
  private static final String EMAIL = "andere.browser@example.org";

  @TempDir Path evidence;

  @ParameterizedTest
  @EnumSource(
      value = BrowserChoice.class,
      names = {"FIREFOX", "EDGE"})
  void filesAndCapturesTheWholePage(BrowserChoice browser) throws Exception {
    assumeTrue(
        onPath(browser.driver())
            && browser.programNames().stream().anyMatch(OtherBrowsersEndToEndTest::onPath),
        browser.cliName()
            + " or "
            + browser.driver()
            + " is not on PATH here; see: objection doctor");
    try (ReplicaHarness harness =
        new ReplicaHarness(
            Language.EN,
            evidence,
            BrowserOptions.headless(Language.EN).with(browser),
            UnaryOperator.identity())) {
      Outcome outcome =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.of("DE"), Optional.of("Not for AI training.")),
              ReplicaPerson.prompt(harness.origin(), EMAIL));

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
      assertEquals("Not for AI training.", harness.replica.submissions().get(0).reason());
      PageCaptures.assertFullPageAndPdf(harness.browser.driver());
    }
  }

  private static boolean onPath(String program) {
    return new ExecutableFinder().find(program) != null;
  }
}
