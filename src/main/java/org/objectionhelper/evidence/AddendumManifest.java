package org.objectionhelper.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The manifest of one addendum: what was added to a sealed evidence folder later (Meta's
 * confirmation e-mail, the Support Inbox message), when, and the SHA-256 of each added file. It
 * names the manifest before it, so that the folder's manifest and its addenda form a chain.
 *
 * @param number 1 for the first addendum, counting up without gaps
 * @param kind what was added, e.g. {@code mail}
 * @param facts what the addendum says about itself, by key (a mail's sender, its DKIM result, ...)
 */
public record AddendumManifest(
    int schemaVersion,
    Tool tool,
    int number,
    String kind,
    Moment added,
    ChainLink previous,
    Map<String, String> facts,
    List<EvidenceFile> files) {

  public static final int SCHEMA_VERSION = 1;

  public AddendumManifest {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(added, "added");
    Objects.requireNonNull(previous, "previous");
    facts =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(facts, "facts")));
    files = List.copyOf(Objects.requireNonNull(files, "files"));
  }
}
