package org.objectionhelper.evidence;

import java.util.List;
import java.util.Optional;

/**
 * What the verifier found for one addendum of an evidence folder.
 *
 * @param name its path inside the evidence folder, e.g. {@code addenda/01}
 * @param manifest its manifest, where it could be read
 * @param files one check per file, as for the folder itself
 * @param problem what breaks the chain here: an unreadable manifest, a gap in the numbers, or a
 *     manifest before it that is not the one it names
 */
public record AddendumCheck(
    String name,
    Optional<AddendumManifest> manifest,
    List<FileCheck> files,
    Optional<ChainBreak> problem) {
  public AddendumCheck {
    files = List.copyOf(files);
  }

  static AddendumCheck broken(String name, ChainBreak problem) {
    return new AddendumCheck(name, Optional.empty(), List.of(), Optional.of(problem));
  }

  public boolean isIntact() {
    return problem.isEmpty() && files.stream().allMatch(FileCheck::isOk);
  }
}
