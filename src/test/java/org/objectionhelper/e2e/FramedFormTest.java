package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.replica.Quirk;
import org.objectionhelper.replica.ReplicaSite;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A form inside an iframe leaves the driver in that frame after a search; the banner still goes
 * atop the page, and the next search still starts from the top.
 */
@Tag("browser")
class FramedFormTest {
  private static final String IN_A_FRAME = "return window !== window.top";

  @TempDir Path evidence;

  @Test
  void theBannerGoesAtopThePageAndSearchesStartFromTheTopWhenTheDriverWasLeftInTheFormsFrame() {
    ReplicaSite.Options framed =
        ReplicaSite.Options.defaults().withQuirks(Quirk.IN_IFRAME).withEveryoneSignedIn();
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence, framed)) {
      FormProfile profile = harness.profile(Platform.FACEBOOK);
      FormPage page = harness.page(Platform.FACEBOOK);
      JavascriptExecutor js = (JavascriptExecutor) harness.browser.driver();
      page.open();
      page.waitFor(profile.field(FieldRole.EMAIL).orElseThrow(), Duration.ofSeconds(10));
      assertEquals(
          Boolean.TRUE,
          js.executeScript(IN_A_FRAME),
          "the search left the driver in the form's frame");

      page.overlay().show(Language.DE, "Bitte prüfen");
      assertEquals(
          Boolean.FALSE, js.executeScript(IN_A_FRAME), "the banner went to the top document");
      assertEquals(
          "Bitte prüfen",
          js.executeScript(
              "return document.getElementById('objection-helper-banner').textContent"));
      assertTrue(
          page.findNow(profile.field(FieldRole.REASON).orElseThrow()).isPresent(),
          "found again from the top, in the frame");
      assertEquals(Boolean.TRUE, js.executeScript(IN_A_FRAME));
      assertEquals(
          0L,
          js.executeScript("return document.querySelectorAll('#objection-helper-banner').length"),
          "no banner inside the frame");
    }
  }
}
