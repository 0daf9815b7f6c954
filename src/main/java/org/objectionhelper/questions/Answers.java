package org.objectionhelper.questions;

import java.util.List;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.flow.ObjectionRequest;

/**
 * Everything the person answered; the request already carries their consent.
 *
 * @param accounts the e-mail address of each account to file for, in order; the first is the
 *     request's
 */
public record Answers(
    List<Platform> platforms,
    ObjectionRequest request,
    EvidenceRoot evidenceRoot,
    List<String> accounts) {
  public Answers {
    platforms = List.copyOf(platforms);
    accounts = List.copyOf(accounts);
  }

  /** One account, that of the request. */
  public Answers(List<Platform> platforms, ObjectionRequest request, EvidenceRoot evidenceRoot) {
    this(platforms, request, evidenceRoot, List.of(request.email()));
  }
}
