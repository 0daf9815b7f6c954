package org.objectionhelper.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something to add to a sealed evidence folder: its kind, what it says about itself, and its files
 * by name, in the order they are to be written.
 */
public record Addendum(String kind, Map<String, String> facts, Map<String, byte[]> files) {
  public Addendum {
    Objects.requireNonNull(kind, "kind");
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    files.keySet().forEach(FileNames::requireSafe);
  }
}
