package org.objectionhelper.page;

/** The tool was about to open an address outside the hosts its form profile allows. */
public class NavigationRefusedException extends RuntimeException {
  public NavigationRefusedException(String message) {
    super(message);
  }
}
