package org.objectionhelper.evidence;

import java.util.List;

/**
 * Why an evidence folder's manifest cannot be used, as a kind and the values a message about it
 * needs, so that the report can say it in the person's language.
 */
public record ManifestProblem(Kind kind, List<Object> values) {

  public enum Kind {
    /** values: the evidence folder. */
    MISSING,
    /**
     * values: the evidence folder, what is there ({@link org.objectionhelper.files.FileKind}): a
     * link, a folder, a pipe or a device where the tool writes a file.
     */
    NOT_A_FILE,
    /** values: the manifest, the parser's message. */
    INVALID,
    /** values: the manifest, its schema version, the version this tool reads. */
    SCHEMA
  }

  public ManifestProblem {
    values = List.copyOf(values);
  }

  static ManifestProblem of(Kind kind, Object... values) {
    return new ManifestProblem(kind, List.of(values));
  }
}
