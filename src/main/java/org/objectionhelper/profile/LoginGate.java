package org.objectionhelper.profile;

import java.util.List;

/**
 * What shows that Meta wants the person to log in first: any indicator element on the page, or any
 * of the URL fragments in the address.
 */
public record LoginGate(List<Locator> indicators, List<String> urlContains) {
  /** For a form open to people without an account: nothing ever shows a login. */
  public static final LoginGate NONE = new LoginGate(List.of(), List.of());

  public LoginGate {
    indicators = List.copyOf(indicators);
    urlContains = List.copyOf(urlContains);
  }
}
