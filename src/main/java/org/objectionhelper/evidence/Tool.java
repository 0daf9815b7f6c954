package org.objectionhelper.evidence;

import java.util.Objects;
import java.util.Optional;

/** The program that wrote a manifest, so that a reader knows which version to ask about. */
public record Tool(String name, String version) {
  public Tool {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }

  /**
   * This program, with the version the jar's manifest carries ("development" when run from
   * classes).
   */
  public static Tool current() {
    String version =
        Optional.ofNullable(Tool.class.getPackage().getImplementationVersion())
            .orElse("development");
    return new Tool("objection-helper", version);
  }
}
