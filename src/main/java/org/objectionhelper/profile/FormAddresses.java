package org.objectionhelper.profile;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectionhelper.basics.Language;

/**
 * Where one objection form may be found: several addresses are in circulation for the same
 * objection, tried in order; Meta's words for an address that no longer shows anything; and Meta's
 * privacy hub, where some addresses lead since 2026 and the person chooses the objection.
 *
 * @param forms tried from the first; never empty
 * @param unavailable how Meta says an address shows nothing ("This content isn't available right
 *     now"); without patterns where the profile names none
 * @param privacyHub Meta's hub of privacy requests, if the profile names one
 * @param chooseHint what the person is to choose where an address leads to a page that is neither
 *     the form nor a login (a chooser), in each language; empty where the profile says nothing
 */
public record FormAddresses(
    List<URI> forms,
    Confirmation unavailable,
    Optional<URI> privacyHub,
    Map<Language, String> chooseHint) {

  public FormAddresses {
    forms = List.copyOf(forms);
    chooseHint = Map.copyOf(chooseHint);
    if (forms.isEmpty()) {
      throw new IllegalArgumentException("a form needs at least one address");
    }
  }

  public URI first() {
    return forms.get(0);
  }

  /** The same addresses at another origin, each keeping its path. */
  FormAddresses rehostedTo(URI origin) {
    return new FormAddresses(
        forms.stream().map(url -> moved(origin, url)).toList(),
        unavailable,
        privacyHub.map(url -> moved(origin, url)),
        chooseHint);
  }

  static URI moved(URI origin, URI url) {
    return origin.resolve(url.getRawPath());
  }
}
