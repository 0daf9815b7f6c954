package org.objectionhelper.page;

import org.objectionhelper.profile.FormProfile;

/** The tool was about to open an address outside the hosts its form profile allows. */
public class NavigationRefusedException extends RuntimeException {
  public NavigationRefusedException(String message) {
    super(message);
  }

  /**
   * The browser shows {@code address}, outside the hosts of {@code profile}: the tool does not act
   * there.
   */
  static NavigationRefusedException onForeignPage(Object address, FormProfile profile) {
    return new NavigationRefusedException(
        "The browser shows "
            + address
            + ", whose host is not in the allowed hosts of "
            + profile.source()
            + "; the tool does not act on it");
  }
}
