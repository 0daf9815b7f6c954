package org.objectionhelper.flow;

import java.util.Optional;

/**
 * What the person asked to file. The same request serves every platform of a run.
 *
 * @param country ISO 3166 alpha-2 code, where the form asks for one
 * @param reason the optional explanation, as plain text
 * @param consent how the person asked for this run, for the evidence (e.g. the command they typed)
 */
public record ObjectionRequest(String email, Optional<String> country, Optional<String> reason, String consent) {
  private static final String CONSENT_NOT_RECORDED = "not recorded";

  /** A request whose caller does not say how the person consented; the evidence says so. */
  public ObjectionRequest(String email, Optional<String> country, Optional<String> reason) {
    this(email, country, reason, CONSENT_NOT_RECORDED);
  }

  public ObjectionRequest withConsent(String howThePersonAsked) {
    return new ObjectionRequest(email, country, reason, howThePersonAsked);
  }
}
