package org.objectionhelper.flow;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.objectionhelper.page.AsFound;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.page.Glance;
import org.objectionhelper.page.Match;
import org.objectionhelper.profile.FieldSpec;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Locator;
import org.objectionhelper.profile.LoginGate;

/**
 * The profile as the page is now, built as {@code probe} goes through it (for {@code probe
 * --write-profile}): the address that worked first, the login gate as it was recognised, and for
 * each part found only by its role, the locators a person's reading of the page gives, before the
 * profile's own.
 */
final class ProfileAsFound {
  private final AsFound seen;
  private FormProfile profile;

  /**
   * @param loginGate how the login gate was recognised, if one was seen
   */
  ProfileAsFound(FormPage page, URI address, Optional<String> loginGate) {
    this.seen = new AsFound(page.driver());
    FormProfile known = page.profile();
    this.profile = known.withFirstAddress(address).withLogin(gate(known.login(), loginGate));
  }

  void foundByRole(FieldSpec field, Match match) {
    profile = profile.withField(field.withLocators(first(seen.field(match), field.locators())));
  }

  void sendFoundByRole(Match match) {
    profile = profile.withSubmit(first(seen.send(match), profile.submit()));
  }

  FormProfile profile() {
    return profile;
  }

  /** A gate recognised by a password field the profile does not list gets it as its first sign. */
  private static LoginGate gate(LoginGate known, Optional<String> how) {
    boolean byPasswordField =
        how.filter(Glance.PASSWORD_FIELD.describe()::equals).isPresent()
            && !known.indicators().contains(Glance.PASSWORD_FIELD);
    return byPasswordField
        ? new LoginGate(
            first(List.of(Glance.PASSWORD_FIELD), known.indicators()), known.urlContains())
        : known;
  }

  /** {@code found} before {@code known}, each locator once. */
  private static List<Locator> first(List<Locator> found, List<Locator> known) {
    Set<Locator> all = new LinkedHashSet<>(found);
    all.addAll(known);
    return List.copyOf(all);
  }
}
