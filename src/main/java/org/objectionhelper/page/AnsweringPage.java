package org.objectionhelper.page;

import java.util.List;
import java.util.Optional;

/**
 * The form's page from the review on, where Meta answers a Send, read with the profile's patterns.
 */
public interface AnsweringPage extends SeenPage {
  /**
   * The confirmation text Meta shows after a sent objection, if it shows now in the profile's
   * containers.
   */
  Optional<String> confirmation();

  /**
   * The lines of the page's text in which one of the profile's confirmation patterns shows: Meta's
   * own words, e.g. in its message in the Support Inbox.
   */
  List<String> confirmationLines();

  /** Meta's message that a sent objection failed on its side, if it shows now. */
  Optional<String> sendError();
}
