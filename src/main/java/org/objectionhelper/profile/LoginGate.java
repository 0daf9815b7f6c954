package org.objectionhelper.profile;

import java.util.List;

/**
 * What shows that Meta wants the person to log in first: any indicator element on the page, or
 * any of the URL fragments in the address.
 */
public record LoginGate(List<Locator> indicators, List<String> urlContains) {
  public LoginGate {
    indicators = List.copyOf(indicators);
    urlContains = List.copyOf(urlContains);
  }
}
