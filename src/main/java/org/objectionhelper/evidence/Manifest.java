package org.objectionhelper.evidence;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The {@value #FILE_NAME} of an evidence folder: which tool wrote it, what the run did, and the
 * SHA-256 of every other file in the folder.
 *
 * @param schemaVersion raised when the meaning of a field changes, so that old readers refuse
 */
public record Manifest(int schemaVersion, Tool tool, Run run, List<EvidenceFile> files) {

  public static final int SCHEMA_VERSION = 1;
  public static final String FILE_NAME = "manifest.json";

  public Manifest {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(run, "run");
    files = List.copyOf(Objects.requireNonNull(files, "files"));
    Set<String> names = new HashSet<>();
    for (EvidenceFile file : files) {
      if (!names.add(file.name())) {
        throw new IllegalArgumentException("'" + file.name() + "' is listed twice");
      }
    }
  }

  public static Manifest of(Tool tool, Run run, List<EvidenceFile> files) {
    return new Manifest(SCHEMA_VERSION, tool, run, files);
  }
}
