package org.objectionhelper.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns a profile's text into a YAML tree, or reports where and why it is not valid YAML. */
final class YamlReader {
  /**
   * A profile is a few KB of short texts, a few levels deep; anything far beyond is no profile.
   * (The length of one text is checked as the tree is read: see ProfileNode.)
   */
  static final int MAX_CHARS = 256 * 1024;

  private static final int MAX_DEPTH = 20;
  private static final int MAX_ALIASES = 20;

  // A key written twice is most often a slip; YAML's default would silently keep the last one.
  private static final YAMLMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .loaderOptions(limits())
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** SnakeYAML's own limits, so that an alias bomb or a deep nest is refused while it is read. */
  private static LoaderOptions limits() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARS);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    return options;
  }

  private YamlReader() {}

  /** The tree, or null once the reason is in {@code problems}. */
  static JsonNode read(String yaml, Problems problems) {
    try {
      JsonNode tree = YAML.readTree(yaml);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        problems.add("", "the file is empty");
        return null;
      }
      return tree;
    } catch (JsonProcessingException e) {
      problems.add("", syntaxProblem(e));
      return null;
    }
  }

  private static String syntaxProblem(JsonProcessingException e) {
    // SnakeYAML knows the exact spot of the fault; Jackson's own location is where it stopped.
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      return where(yaml.getProblemMark()) + yaml.getProblem() + context(yaml);
    }
    JsonLocation at = e.getLocation();
    String where = at == null ? "not valid YAML: " : where(at.getLineNr(), at.getColumnNr());
    return where + e.getOriginalMessage().lines().findFirst().orElse("");
  }

  /** Where an unclosed quote or bracket began, which is where the fix usually goes. */
  private static String context(MarkedYAMLException yaml) {
    if (yaml.getContext() == null) {
      return "";
    }
    Mark began = yaml.getContextMark();
    return began == null
        ? " (" + yaml.getContext() + ")"
        : " ("
            + yaml.getContext()
            + " begun at line "
            + (began.getLine() + 1)
            + ", column "
            + (began.getColumn() + 1)
            + ")";
  }

  private static String where(Mark at) {
    return where(at.getLine() + 1, at.getColumn() + 1);
  }

  private static String where(int line, int column) {
    return "line " + line + ", column " + column + ": not valid YAML: ";
  }
}
