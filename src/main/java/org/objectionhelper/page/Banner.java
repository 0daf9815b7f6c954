package org.objectionhelper.page;

import org.objectionhelper.basics.Language;

/** The tool's banner atop the page, where it guides the person in their language. */
public interface Banner {
  /** Shows {@code text}, written in {@code language}, in the banner. */
  void show(Language language, String text);

  /** Removes banner and outlines, so that evidence shows Meta's page as Meta served it. */
  void clear();
}
