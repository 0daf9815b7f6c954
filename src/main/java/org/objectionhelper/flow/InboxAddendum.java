package org.objectionhelper.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectionhelper.evidence.Addendum;
import org.objectionhelper.evidence.Bundle;
import org.objectionhelper.page.PageCapture;

/**
 * Meta's message in the Support Inbox as an addendum to the evidence: the page kept as the
 * confirmation is kept (as seen, in full, printed, archived), where it was, and Meta's words on it.
 */
public final class InboxAddendum {
  public static final String KIND = "support-inbox";

  /** The fact that holds the lines in which Meta's confirmation was recognised; empty if none. */
  public static final String CONFIRMATION_FACT = "confirmation";

  private static final String FULL_PAGE = "inbox-full.png";
  private static final String PDF = "inbox.pdf";

  private InboxAddendum() {}

  /**
   * @param confirmation the lines of the page in which Meta's confirmation was recognised
   */
  static Addendum of(PageCapture capture, String address, String title, List<String> confirmation) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("address", address);
    facts.put("title", title);
    facts.put(CONFIRMATION_FACT, String.join("\n", confirmation));
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(Bundle.INBOX_MESSAGE, capture.viewport());
    files.put(FULL_PAGE, capture.fullPage());
    files.put(PDF, capture.pdf());
    PageCapture.Archive archive = capture.archive().named("inbox");
    files.put(archive.fileName(), archive.content());
    return new Addendum(KIND, facts, files);
  }
}
