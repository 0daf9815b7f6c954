package org.objectionhelper.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectionhelper.basics.Language;
import org.objectionhelper.evidence.EvidenceException;
import org.objectionhelper.i18n.Messages;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;

/** Only a browser or driver that failed is reported as a browser failure. */
class AbortTest {
  private final Messages messages = Messages.of(Language.EN);

  @Test
  void anElementThatWentAwayIsAnUnexpectedPageNotABrowserFailure() {
    for (WebDriverException pageState :
        new WebDriverException[] {
          new StaleElementReferenceException("stale element reference: element is not attached"),
          new NoSuchElementException("no such element: Unable to locate element"),
          new ElementClickInterceptedException("element click intercepted")
        }) {
      Abort abort = Abort.of(pageState, null, messages).orElseThrow();

      assertEquals(ExitCode.FORM_CHANGED, abort.exitCode(), pageState.getClass().getSimpleName());
      assertTrue(
          abort.message().startsWith("The page changed in a way the tool did not expect"),
          abort.message());
    }
  }

  @Test
  void aBrowserThatStoppedAnsweringIsABrowserFailure() {
    Abort abort =
        Abort.of(new WebDriverException("chrome not reachable"), null, messages).orElseThrow();

    assertEquals(ExitCode.BROWSER_FAILED, abort.exitCode());
    assertEquals("The browser stopped working: chrome not reachable", abort.message());
  }

  @Test
  void aClosedWindowIsNotTakenForAMissingElement() {
    Abort abort =
        Abort.of(new NoSuchWindowException("no such window"), null, messages).orElseThrow();

    assertEquals(ExitCode.NOT_SENT, abort.exitCode());
  }

  /**
   * A capture cut short by Ctrl-C may fail in any way, and the interruption may be swallowed on the
   * way.
   */
  @Test
  void anyFailureAfterCtrlCIsTheInterruptionNotAnInternalError() {
    Abort abort =
        Abort.of(new NullPointerException("capture cut short"), null, messages, true).orElseThrow();

    assertEquals(ExitCode.INTERRUPTED, abort.exitCode());
    assertTrue(
        Abort.of(new NullPointerException("a bug"), null, messages, false).isEmpty(),
        "a bug stays a bug");
  }

  @Test
  void evidenceThatCouldNotBeWrittenEndsTheRunAsEvidenceFailed() {
    Abort abort =
        Abort.of(new EvidenceException("No space left on device"), null, messages).orElseThrow();

    assertEquals(ExitCode.EVIDENCE_FAILED, abort.exitCode());
    assertEquals("No space left on device", abort.message());
  }
}
