package org.objectionhelper.questions;

import java.nio.file.Path;
import java.util.Optional;
import org.objectionhelper.files.WritableFolder;

/** The folder the evidence folders go into, checked writable once, when it is chosen. */
public record EvidenceRoot(Path path) {
  /** The folder in the person's home where evidence goes unless they choose another. */
  public static final Path HOME = Path.of(System.getProperty("user.home"), "objection-evidence");

  /**
   * @throws Rejected if the folder cannot be written to
   */
  public static EvidenceRoot of(Path folder) {
    return ifWritable(folder)
        .orElseThrow(() -> new Rejected("input.evidence.dir", folder.toString()));
  }

  /** The folder, if it or the nearest one above it that exists can be written to. */
  public static Optional<EvidenceRoot> ifWritable(Path folder) {
    return WritableFolder.canHold(folder)
        ? Optional.of(new EvidenceRoot(folder))
        : Optional.empty();
  }
}
