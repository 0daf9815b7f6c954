package org.objectionhelper.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking an evidence folder against its manifest.
 *
 * @param files one check per file listed or present, listed files first, in manifest order
 * @param manifestProblem why the manifest itself could not be used; the files are then unchecked
 * @param timestamp the check of the timestamp token, where the folder has one
 */
public record Verification(
    Path folder,
    List<FileCheck> files,
    Optional<ManifestProblem> manifestProblem,
    Optional<TimestampCheck> timestamp) {

  public Verification {
    files = List.copyOf(files);
  }

  static Verification of(Path folder, List<FileCheck> files, Optional<TimestampCheck> timestamp) {
    return new Verification(folder, files, Optional.empty(), timestamp);
  }

  static Verification unusableManifest(Path folder, ManifestProblem problem) {
    return new Verification(folder, List.of(), Optional.of(problem), Optional.empty());
  }

  /**
   * True when the manifest could be read, every file is exactly as it lists, and a timestamp token,
   * if there is one, holds for the manifest.
   */
  public boolean isIntact() {
    return manifestProblem.isEmpty()
        && files.stream().allMatch(FileCheck::isOk)
        && timestamp.map(TimestampCheck::valid).orElse(true);
  }
}
