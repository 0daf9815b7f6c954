package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectionhelper.browser.BrowserLauncher;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.profile.Language;
import org.openqa.selenium.chromium.HasCdp;

/** What a local Chromium session offers beyond WebDriver: CDP, the whole page as PNG, PDF. */
class BrowserSessionCapabilitiesTest {

  @Test
  void localChromiumPicturesTheWholePageAndPrintsIt() throws Exception {
    try (BrowserSession session = BrowserLauncher.standard().start(BrowserOptions.headless(Language.EN))) {
      session.driver().get("about:blank");

      assertTrue(session.driver() instanceof HasCdp);
      PageCaptures.assertFullPageAndPdf(session.driver());
    }
  }
}
