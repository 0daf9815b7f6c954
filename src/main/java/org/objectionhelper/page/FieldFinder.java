package org.objectionhelper.page;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.objectionhelper.basics.Language;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.FieldSpec;
import org.objectionhelper.profile.Locator;

/**
 * Finds the profile's fields on the page: by the profile's locators, else, for the fields a person
 * recognises by what they are (the e-mail, the country, the reason), by their role.
 */
final class FieldFinder {
  /** The fields the tool can recognise by their role where the profile's locators miss. */
  private static final Set<FieldRole> ROLES =
      EnumSet.of(FieldRole.EMAIL, FieldRole.COUNTRY, FieldRole.REASON);

  private static final AtomicReference<List<String>> COUNTRY_NAMES = new AtomicReference<>();

  private final ElementFinder finder;

  FieldFinder(ElementFinder finder) {
    this.finder = finder;
  }

  /**
   * The field by the profile's locators, else by its role.
   *
   * @throws AmbiguousFieldException where two elements fit its role equally
   */
  Optional<Match> findNow(FieldSpec field) {
    // The country's hint is every country's name in two languages: worked out and sent only where
    // the profile's locators find nothing, not on every page the profile fits.
    if (field.role() == FieldRole.COUNTRY && !field.locators().isEmpty()) {
      Optional<Match> byProfile = finder.findNow(field.locators());
      if (byProfile.isPresent()) {
        return byProfile;
      }
    }
    return finder.findNow(field.locators(), hintFor(field));
  }

  /** The first element any of {@code locators} finds now; none for an empty list. */
  Optional<Match> findNow(List<Locator> locators) {
    return locators.isEmpty() ? Optional.empty() : finder.findNow(locators);
  }

  Match waitFor(FieldSpec field, Duration timeout) {
    return finder.waitFor(field.name(), field.locators(), hintFor(field), timeout);
  }

  /** The failure of a field that did not show within {@code waited}. */
  FormChangedException notFound(FieldSpec field, Duration waited) {
    return finder.notFound(field.name(), field.locators(), hintFor(field), waited);
  }

  private static Optional<RoleHint> hintFor(FieldSpec field) {
    return ROLES.contains(field.role())
        ? Optional.of(
            new RoleHint(
                field.name(),
                List.of(),
                field.role() == FieldRole.COUNTRY ? countryNames() : List.of()))
        : Optional.empty();
  }

  /** Every country's name in the languages the tool speaks, to recognise a country list by. */
  private static List<String> countryNames() {
    return COUNTRY_NAMES.updateAndGet(
        known ->
            known != null
                ? known
                : Arrays.stream(Locale.getISOCountries())
                    .flatMap(
                        code ->
                            Arrays.stream(Language.values())
                                .map(l -> new Locale("", code).getDisplayCountry(l.locale())))
                    .distinct()
                    .toList());
  }
}
