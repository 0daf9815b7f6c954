package org.objectionhelper.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.e2e.ReplicaHarness;
import org.objectionhelper.evidence.Bundle;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.replica.ReplicaPerson;
import org.openqa.selenium.WebDriver;

/**
 * The receipt of a real filing on the replica, opened in the browser as the person opens it: all
 * ours, so axe finds nothing at all, and it reads at 200 % without scrolling sideways.
 */
@Tag("browser")
class ReceiptAccessibilityTest {
  private static final String EMAIL = "anna.beispiel@example.org";

  @TempDir Path evidence;

  @ParameterizedTest
  @EnumSource(Language.class)
  void theReceiptPassesAxeAndReadsAt200Percent(Language language) {
    try (ReplicaHarness harness = new ReplicaHarness(language, evidence)) {
      Outcome outcome =
          harness.file(
              Platform.INSTAGRAM,
              new ObjectionRequest(EMAIL, Optional.of("DE"), Optional.of("Ich widerspreche.")),
              ReplicaPerson.prompt(harness.replica.origin(), EMAIL));
      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
      WebDriver driver = harness.browser.driver();
      driver.get(outcome.evidence().orElseThrow().resolve(Bundle.RECEIPT).toUri().toString());

      assertEquals(List.of(), AxeCheck.on(driver).findings().findings());
      Zoom.on(driver).assertReadableAt200Percent();
    }
  }
}
