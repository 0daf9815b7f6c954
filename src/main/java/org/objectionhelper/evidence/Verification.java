package org.objectionhelper.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking an evidence folder against its manifest.
 *
 * @param files one check per file listed or present, listed files first, in manifest order
 * @param manifestProblem why the manifest itself could not be used; the files are then unchecked
 */
public record Verification(Path folder, List<FileCheck> files, Optional<String> manifestProblem) {

  public Verification {
    files = List.copyOf(files);
  }

  static Verification of(Path folder, List<FileCheck> files) {
    return new Verification(folder, files, Optional.empty());
  }

  static Verification unusableManifest(Path folder, String problem) {
    return new Verification(folder, List.of(), Optional.of(problem));
  }

  /** True when the manifest could be read and every file is exactly as it lists. */
  public boolean isIntact() {
    return manifestProblem.isEmpty() && files.stream().allMatch(FileCheck::isOk);
  }
}
