package org.objectionhelper.page;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.objectionhelper.profile.FieldSpec;

/**
 * A page on the way to the form, as the arrival reads it (see "Arriving at the form" in
 * docs/ARCHITECTURE.md): what it shows, and the profile's form addresses, opened in order.
 */
public interface PageOnTheWay extends SeenPage {
  /** The profile's form address the page opens now. */
  URI formAddress();

  /** Opens the form's address now in use: the profile's first, until it showed nothing. */
  void open();

  /**
   * Moves on to the profile's next form address and opens it.
   *
   * @return false where there is none left (nothing is opened then)
   */
  boolean openNextAddress();

  /**
   * How a login gate shows now, if one does: the profile's indicators, or a visible password field
   * wherever it appears, as a person sees a login.
   */
  Optional<String> loginIndicatorShown();

  /**
   * The field by the profile's locators, else by its role.
   *
   * @throws AmbiguousFieldException where two elements fit its role equally
   */
  Optional<Match> findNow(FieldSpec field);

  /** The failure of a field that did not show within {@code waited}. */
  FormChangedException notFound(FieldSpec field, Duration waited);

  /** Meta's words that the address shows nothing, if the page says so now. */
  Optional<String> unavailable();

  /**
   * How long the page has not changed by itself, counted from the first time this is asked on its
   * document: a page that draws itself by script is read once it holds still.
   */
  Duration unchangedFor();

  /** Whether the page asks a question before the form: choices or a single button, no field. */
  boolean asksAQuestion();

  /**
   * How the login gate at {@code address} was recognised, if one shows: by its signs, or address.
   */
  default Optional<String> loginGate(URI address) {
    Optional<String> shown = loginIndicatorShown();
    if (shown.isPresent()) {
      return shown;
    }
    String url = address.toString();
    return profile().login().urlContains().stream()
        .filter(url::contains)
        .findFirst()
        .map(part -> "address contains '" + part + "'");
  }

  default boolean loginGateShows(URI address) {
    return loginGate(address).isPresent();
  }

  /** Whether {@code address} is the form's address the page opened (any query aside). */
  default boolean atFormAddress(URI address) {
    return onAllowedHost(address) && samePath(address, formAddress());
  }

  /** Whether {@code address} is Meta's privacy hub, where the person chooses a request. */
  default boolean onPrivacyHub(URI address) {
    return profile()
        .addresses()
        .privacyHub()
        .filter(hub -> onAllowedHost(address) && samePath(address, hub))
        .isPresent();
  }

  private static boolean samePath(URI a, URI b) {
    return trimSlash(a.getPath()).equals(trimSlash(b.getPath()));
  }

  private static String trimSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
