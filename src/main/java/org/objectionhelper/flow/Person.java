package org.objectionhelper.flow;

import java.util.List;
import org.objectionhelper.page.FormPage;

/**
 * The human at the browser. The flow calls in again and again while it waits for something only the
 * person may do: log in, send the objection, do the steps a form asks of them alone (type a code
 * from an e-mail), and open Meta's message in the Support Inbox. The tool itself never does any of
 * these.
 */
public interface Person {
  /** The one who does everything in the browser window, and needs nothing from the tool. */
  Person AT_THE_BROWSER = new Person() {};

  default void duringLogin(FormPage page) {}

  default void duringReview(FormPage page) {}

  /**
   * @param stepName the profile's name of the step the flow waits for, e.g. {@code email-code}
   */
  default void duringPause(FormPage page, String stepName) {}

  /** While the tool waits for the person to open Meta's message in the Support Inbox. */
  default void duringInbox(FormPage page) {}

  /**
   * Each time the tool clicked Send because the person said so (in the terminal); empty where the
   * person clicks Send in the browser themselves.
   */
  default List<ToolClick> toolSendClicks() {
    return List.of();
  }
}
