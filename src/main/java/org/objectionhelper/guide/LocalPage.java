package org.objectionhelper.guide;

/** The pages the run itself opens in the browser, at the points where it waits for the person. */
public enum LocalPage {
  /** The questions, from the language to the folder. */
  START("/"),
  /** The e-mail address of another account, the other answers kept. */
  ACCOUNT("/account"),
  /** The outcome: receipts, folders, and what next. */
  END("/done");

  private final String path;

  LocalPage(String path) {
    this.path = path;
  }

  String path() {
    return path;
  }
}
