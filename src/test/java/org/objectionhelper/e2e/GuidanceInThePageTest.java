package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.replica.ReplicaPerson;
import org.openqa.selenium.JavascriptExecutor;

/** What the person sees in the browser: the banner in their language, and the marked fields. */
@Tag("browser")
class GuidanceInThePageTest {
  private static final String EMAIL = "anna.beispiel@example.org";

  /** The banner's dark background (overlay.js), which the page's own top-left corner never has. */
  private static final int BANNER_BACKGROUND = 0x101820;

  private static final String BANNER =
      "var b = document.getElementById('objection-helper-banner'); return b && b.textContent;";

  @TempDir Path evidence;

  /** Notes what the page shows each time the flow hands over to the person, then lets them act. */
  private static final class Watcher implements Person {
    final List<String> banners = new ArrayList<>();
    long outlinedAtReview = -1;
    private final Person person;

    Watcher(Person person) {
      this.person = person;
    }

    @Override
    public void duringLogin(FormPage page) {
      banners.add(String.valueOf(js(page).executeScript(BANNER)));
      person.duringLogin(page);
    }

    @Override
    public void duringReview(FormPage page) {
      banners.add(String.valueOf(js(page).executeScript(BANNER)));
      if (outlinedAtReview < 0) {
        outlinedAtReview =
            (Long)
                js(page)
                    .executeScript(
                        "return document.querySelectorAll('[data-objection-helper-outline]').length");
      }
      person.duringReview(page);
    }

    private static JavascriptExecutor js(FormPage page) {
      return (JavascriptExecutor) page.driver();
    }
  }

  @Test
  void showsGermanGuidanceMarksTheFilledFieldsAndSaysWhereTheProofIsOnlyAfterCapturingIt()
      throws IOException {
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, evidence)) {
      Watcher watcher = new Watcher(ReplicaPerson.prompt(harness.replica.origin(), EMAIL));

      Outcome outcome =
          harness.file(
              Platform.INSTAGRAM,
              new ObjectionRequest(EMAIL, Optional.of("DE"), Optional.of("Ich widerspreche.")),
              watcher);

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
      assertTrue(
          watcher.banners.get(0).startsWith("Bitte melde dich in diesem Fenster bei Instagram an"),
          watcher.banners.toString());
      // after Send, the flow may look in again while the confirmation loads: no banner, no outlines
      assertTrue(
          watcher.banners.stream()
              .skip(1)
              .anyMatch(b -> b.startsWith("Das Formular ist ausgefüllt")),
          watcher.banners.toString());
      assertEquals(3, watcher.outlinedAtReview);
      JavascriptExecutor page = (JavascriptExecutor) harness.browser.driver();
      Path folder = outcome.evidence().orElseThrow();
      assertEquals(
          "Fertig. Dein Widerspruch ist gesendet, und dein Nachweis ist gespeichert in: "
              + folder.toAbsolutePath(),
          page.executeScript(BANNER));
      assertEquals(
          0L,
          page.executeScript(
              "return document.querySelectorAll('[data-objection-helper-outline]').length"));
      BufferedImage confirmation = ImageIO.read(folder.resolve("02-confirmation.png").toFile());
      assertNotEquals(
          BANNER_BACKGROUND,
          confirmation.getRGB(4, 4) & 0xffffff,
          "the banner is in the captured confirmation");
    }
  }
}
