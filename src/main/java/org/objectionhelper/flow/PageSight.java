package org.objectionhelper.flow;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.objectionhelper.page.AmbiguousFieldException;
import org.objectionhelper.page.PageOnTheWay;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.FieldSpec;
import org.objectionhelper.profile.PersonStep;

/**
 * What a page on the way to the form shows, as a person tells it at a glance: the form (its fields,
 * not its title or address), a login, a step only the person can do, Meta's words that nothing is
 * here, or a page where the person must choose. A page still drawing itself is not read until it
 * holds still for {@link #SETTLED} or the form's fields are all there. See "Arriving at the form"
 * in docs/ARCHITECTURE.md.
 *
 * @param loginGate how the login gate was recognised, for {@link Kind#LOGIN}
 * @param step the step showing, for {@link Kind#STEP}
 */
record PageSight(Kind kind, Optional<String> loginGate, Optional<PersonStep> step) {
  /** How long a page must hold still before what it lacks counts as missing. */
  static final Duration SETTLED = Duration.ofSeconds(1);

  enum Kind {
    /** The form's fields show. */
    FORM,
    /**
     * A login: a password field, the profile's indicators or address, or a page of another host.
     */
    LOGIN,
    /** A step of the profile's that only the person can do. */
    STEP,
    /** Meta's words that the address shows nothing. */
    UNAVAILABLE,
    /** Meta's privacy hub, named in the profile: the person chooses a request. */
    PRIVACY_HUB,
    /** A question before the form: choices, or a single button to go on. */
    QUESTION,
    /** Some other page of Meta's, at an address the profile does not name: a chooser, say. */
    ELSEWHERE,
    /** The form's own address, settled, without the form's e-mail field. */
    FORM_MISSING
  }

  static PageSight of(Kind kind) {
    return new PageSight(kind, Optional.empty(), Optional.empty());
  }

  /**
   * Looks at the page once.
   *
   * @param wanted the fields whose arrival makes the form complete
   * @param handled the steps already seen, which count no more
   * @param atThisAddress how long the page has been at its present address
   * @param findTimeout how long the form's own address may take to show the e-mail field
   * @return empty while the page is still changing and shows nothing decisive
   */
  static Optional<PageSight> look(
      PageOnTheWay page,
      Set<FieldRole> wanted,
      Collection<String> handled,
      Duration atThisAddress,
      Duration findTimeout) {
    URI address = page.address();
    if (!page.onAllowedHost(address)) {
      return Optional.of(new PageSight(Kind.LOGIN, Optional.of("another host"), Optional.empty()));
    }
    Optional<String> gate = page.loginGate(address);
    if (gate.isPresent()) {
      return Optional.of(new PageSight(Kind.LOGIN, gate, Optional.empty()));
    }
    Optional<PersonStep> step =
        page.profile().steps().stream()
            .filter(candidate -> !handled.contains(candidate.name()))
            .filter(candidate -> page.findNow(candidate.shows()).isPresent())
            .findFirst();
    if (step.isPresent()) {
      return Optional.of(new PageSight(Kind.STEP, Optional.empty(), step));
    }
    FieldSpec email = page.profile().field(FieldRole.EMAIL).orElseThrow();
    boolean emailShows = shows(page, email);
    if (emailShows
        && page.profile().fields().values().stream()
            .filter(field -> field.role() != FieldRole.EMAIL && wanted.contains(field.role()))
            .allMatch(field -> shows(page, field))) {
      return Optional.of(of(Kind.FORM));
    }
    if (page.unavailable().isPresent()) {
      return Optional.of(of(Kind.UNAVAILABLE));
    }
    if (page.onPrivacyHub(address)) {
      return Optional.of(of(Kind.PRIVACY_HUB));
    }
    if (page.unchangedFor().compareTo(SETTLED) < 0) {
      return Optional.empty();
    }
    if (emailShows) {
      return Optional.of(of(Kind.FORM));
    }
    if (page.asksAQuestion()) {
      return Optional.of(of(Kind.QUESTION));
    }
    if (!page.atFormAddress(address)) {
      return Optional.of(of(Kind.ELSEWHERE));
    }
    return atThisAddress.compareTo(findTimeout) >= 0
        ? Optional.of(of(Kind.FORM_MISSING))
        : Optional.empty();
  }

  /** Two fields that fit alike still mean the field is there: the filler leaves them alone. */
  private static boolean shows(PageOnTheWay page, FieldSpec field) {
    try {
      return page.findNow(field).isPresent();
    } catch (AmbiguousFieldException twoCandidates) {
      return true;
    }
  }
}
