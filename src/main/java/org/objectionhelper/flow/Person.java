package org.objectionhelper.flow;

import org.objectionhelper.page.FormPage;

/**
 * The human at the browser. The flow calls in again and again while it waits for something only
 * the person may do: log in, and send the objection. The tool itself never does either.
 */
public interface Person {
  /** The one who does everything in the browser window, and needs nothing from the tool. */
  Person AT_THE_BROWSER = new Person() {};

  default void duringLogin(FormPage page) {}

  default void duringReview(FormPage page) {}
}
