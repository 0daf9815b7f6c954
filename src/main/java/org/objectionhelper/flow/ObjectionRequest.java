package org.objectionhelper.flow;

import java.util.Optional;

/**
 * What the person asked to file. The same request serves every platform of a run.
 *
 * @param country ISO 3166 alpha-2 code, where the form asks for one
 * @param reason the optional explanation, as plain text
 */
public record ObjectionRequest(String email, Optional<String> country, Optional<String> reason) {}
