package org.objectionhelper.profile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectionhelper.basics.Language;

/**
 * Prepared reasons for the objection ({@code config/templates/reasons.yaml}), by id and language,
 * plus the person's own file where one exists.
 */
public final class ReasonTemplates {
  static final String BUNDLED = "/config/templates/reasons.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final TypeReference<LinkedHashMap<String, Map<String, String>>> SHAPE =
      new TypeReference<>() {};

  private final Map<String, Map<String, String>> byId;

  ReasonTemplates(Map<String, Map<String, String>> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  /**
   * The bundled templates, and the person's own from {@code
   * ~/.config/objection-helper/reasons.yaml}.
   */
  public static ReasonTemplates bundled() {
    return bundledAnd(
        Path.of(System.getProperty("user.home"), ".config", "objection-helper", "reasons.yaml"));
  }

  /**
   * The bundled templates, and those in {@code own} where that file exists; an own template
   * replaces a bundled one of the same id.
   *
   * @throws ProfileException if {@code own} exists but is not a file of templates
   */
  public static ReasonTemplates bundledAnd(Path own) {
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    try (InputStream in = ReasonTemplates.class.getResourceAsStream(BUNDLED)) {
      all.putAll(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("bundled reason templates unreadable", e);
    }
    if (Files.exists(own)) {
      all.putAll(readOwn(own));
    }
    return new ReasonTemplates(all);
  }

  private static Map<String, Map<String, String>> read(InputStream in) throws IOException {
    JsonNode tree = YAML.readTree(in);
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      return Map.of();
    }
    return YAML.convertValue(tree, SHAPE);
  }

  /** A file a person wrote: every template needs a German or an English text. */
  private static Map<String, Map<String, String>> readOwn(Path own) {
    Map<String, Map<String, String>> templates;
    try (InputStream in = Files.newInputStream(own)) {
      templates = read(in);
    } catch (IOException | IllegalArgumentException e) {
      String problem =
          own + ": not readable as reason templates (an id, then de: and en:): " + e.getMessage();
      throw new ProfileException(own.toString(), List.of(problem));
    }
    List<String> problems = new ArrayList<>();
    templates.forEach(
        (id, texts) -> {
          if (texts == null
              || Arrays.stream(Language.values())
                  .noneMatch(language -> texts.get(language.code()) != null)) {
            problems.add(own + ": " + id + ": needs a text under de: or en:");
          }
        });
    if (!problems.isEmpty()) {
      throw new ProfileException(own.toString(), problems);
    }
    return templates;
  }

  public Map<String, Map<String, String>> all() {
    return byId;
  }

  public Optional<String> text(String id, Language language) {
    return Optional.ofNullable(byId.get(id)).map(texts -> texts.get(language.code()));
  }
}
