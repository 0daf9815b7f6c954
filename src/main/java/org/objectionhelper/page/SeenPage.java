package org.objectionhelper.page;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Locator;

/**
 * A page as the flow's decisions read it, one look at a time: the browser's ({@link FormPage}), or
 * a test's scripted one, so that the decisions are tested without a browser.
 */
public interface SeenPage {
  FormProfile profile();

  /** Where the browser is now, read once for the checks that follow. */
  URI address();

  /** The first element any of {@code locators} finds now; none for an empty list. */
  Optional<Match> findNow(List<Locator> locators);

  Banner overlay();

  /** Whether {@code address} is on one of the profile's hosts, the only ones the tool acts on. */
  default boolean onAllowedHost(URI address) {
    return profile().allows(address);
  }
}
