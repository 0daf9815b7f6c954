package org.objectionhelper.flow;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How long the flow waits for each thing, and where evidence goes.
 *
 * @param findTimeout how long a slow page may take to show the form's fields
 * @param progressEvery how often a long wait tells the person it is still waiting
 * @param timestampAuthority where to ask for an RFC 3161 timestamp over the manifest, if anywhere
 */
public record FlowSettings(
    Duration loginTimeout,
    Duration reviewTimeout,
    Duration findTimeout,
    Duration progressEvery,
    Path evidenceRoot,
    Optional<URI> timestampAuthority) {

  public static final Duration DEFAULT_LOGIN_TIMEOUT = Duration.ofMinutes(10);
  public static final Duration DEFAULT_REVIEW_TIMEOUT = Duration.ofMinutes(30);
  public static final Duration DEFAULT_FIND_TIMEOUT = Duration.ofSeconds(15);
  public static final Duration DEFAULT_PROGRESS_EVERY = Duration.ofSeconds(30);
}
