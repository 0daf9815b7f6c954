package org.objectionhelper.flow;

import java.util.List;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.profile.FormProfile;

/**
 * What may follow an account's filing in its browser while the person is still logged in there,
 * before the browser is logged out or closed: the one moment Meta's pages behind the login can be
 * reached without a new login. It never changes how the filing ended.
 */
@FunctionalInterface
public interface AfterFiling {
  AfterFiling NOTHING = (browser, profiles, outcomes, person) -> {};

  /**
   * @param outcomes how the filing ended on each of {@code profiles}, in order
   */
  void after(
      BrowserSession browser, List<FormProfile> profiles, List<Outcome> outcomes, Person person);
}
