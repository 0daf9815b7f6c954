package org.objectionhelper.evidence;

import java.util.Objects;

/**
 * An addendum's hold on what came before it: the manifest sealed just before, by its path inside
 * the evidence folder and the SHA-256 of its bytes. Changing or removing anything earlier breaks
 * it.
 *
 * @param manifest e.g. {@code manifest.json} or {@code addenda/01/manifest.json}
 */
public record ChainLink(String manifest, String sha256) {
  public ChainLink {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(sha256, "sha256");
  }
}
