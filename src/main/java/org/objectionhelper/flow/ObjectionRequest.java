package org.objectionhelper.flow;

import java.util.Optional;

/**
 * What the person asked to file. The same request serves every platform of a run.
 *
 * @param country ISO 3166 alpha-2 code, where the form asks for one
 * @param reason the optional explanation, as plain text
 * @param consent what the person agreed to, for the manifest, where someone helps them file
 */
public record ObjectionRequest(
    String email, Optional<String> country, Optional<String> reason, Optional<String> consent) {

  public ObjectionRequest(String email, Optional<String> country, Optional<String> reason) {
    this(email, country, reason, Optional.empty());
  }

  public ObjectionRequest withConsent(String given) {
    return new ObjectionRequest(email, country, reason, Optional.of(given));
  }
}
