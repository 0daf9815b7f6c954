package org.objectionhelper.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A node of a profile's YAML tree that knows its path in the file and reports to {@link Problems}
 * what is wrong with it. A missing or mistyped node is reported once, where it is found; reading
 * from it afterwards yields empty values and no further reports.
 */
final class ProfileNode {
  private final JsonNode node;

  /** Far more than any label, locator, pattern or address needs. */
  private static final int MAX_TEXT = 2_000;

  private final String path;
  private final Problems problems;

  private ProfileNode(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  static ProfileNode root(JsonNode node, Problems problems) {
    return new ProfileNode(node, "", problems);
  }

  boolean isMapping() {
    return node != null && node.isObject();
  }

  boolean isPresent() {
    return node != null;
  }

  void problem(String message) {
    problems.add(path, message);
  }

  /** All entries of a mapping, in the order of the file; reported when this is not a mapping. */
  Map<String, ProfileNode> mapping() {
    Map<String, ProfileNode> entries = new LinkedHashMap<>();
    if (node == null) {
      return entries;
    }
    if (!node.isObject()) {
      problem("expected a mapping, found " + kind());
      return entries;
    }
    node.fieldNames().forEachRemaining(key -> entries.put(key, child(key)));
    return entries;
  }

  /** The entries whose keys are {@code allowed}; every other key is reported, so typos show. */
  Map<String, ProfileNode> mapping(Collection<String> allowed) {
    Map<String, ProfileNode> entries = mapping();
    entries.keySet().stream()
        .filter(key -> !allowed.contains(key))
        .forEach(key -> entries.get(key).problem("unknown key " + Problems.useOneOf(allowed)));
    entries.keySet().retainAll(allowed);
    return entries;
  }

  /** The value under {@code key}; reported when this is a mapping without it. */
  ProfileNode required(String key) {
    ProfileNode child = optional(key);
    if (child.node == null && isMapping()) {
      child.problem("required, but missing");
    }
    return child;
  }

  /** The value under {@code key}, or an absent node that reads as empty. */
  ProfileNode optional(String key) {
    return new ProfileNode(isMapping() ? node.get(key) : null, childPath(key), problems);
  }

  /** A non-empty string, or "" once reported. */
  String text() {
    if (node == null) {
      return "";
    }
    if (!node.isTextual()) {
      problem("expected text, found " + kind());
      return "";
    }
    if (node.asText().isBlank()) {
      problem("must not be empty");
      return "";
    }
    if (node.asText().length() > MAX_TEXT) {
      problem("too long (" + node.asText().length() + " characters; at most " + MAX_TEXT + ")");
      return "";
    }
    return node.asText();
  }

  boolean flag(boolean fallback) {
    if (node == null) {
      return fallback;
    }
    if (!node.isBoolean()) {
      problem("expected true or false, found " + kind());
      return fallback;
    }
    return node.booleanValue();
  }

  List<ProfileNode> items() {
    List<ProfileNode> items = new ArrayList<>();
    if (node == null) {
      return items;
    }
    if (!node.isArray()) {
      problem("expected a list, found " + kind());
      return items;
    }
    for (int i = 0; i < node.size(); i++) {
      items.add(new ProfileNode(node.get(i), path + "[" + i + "]", problems));
    }
    return items;
  }

  List<ProfileNode> nonEmptyItems() {
    List<ProfileNode> items = items();
    if (node != null && node.isArray() && items.isEmpty()) {
      problem("needs at least one entry");
    }
    return items;
  }

  private ProfileNode child(String key) {
    return new ProfileNode(node.get(key), childPath(key), problems);
  }

  private String childPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private String kind() {
    return switch (node.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "a mapping";
      case STRING -> "text";
      case NUMBER -> "a number (put it in quotes)";
      case BOOLEAN -> "true/false";
      case NULL -> "nothing";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}
