package org.objectionhelper.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link Manifest}: pretty-printed, ISO-8601 times, platform ids in lower case.
 */
public final class ManifestJson {
  /**
   * The fields added after the first manifests: where an older manifest lacks one, it reads as
   * null. Every other missing field makes the manifest invalid.
   */
  private static final List<String> ADDED_LATER = List.of("sentValues", "sentBy");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          // a newer tool may add fields; the schema version says when their meaning changes
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .injectableValues(absentAsNull())
          .build();

  private static InjectableValues absentAsNull() {
    Map<String, Object> absent = new HashMap<>();
    ADDED_LATER.forEach(field -> absent.put(field, null));
    return new InjectableValues.Std(absent);
  }

  private ManifestJson() {}

  public static byte[] toBytes(Manifest manifest) {
    return bytesOf(manifest);
  }

  static byte[] toBytes(AddendumManifest manifest) {
    return bytesOf(manifest);
  }

  private static byte[] bytesOf(Object manifest) {
    try {
      return MAPPER.writeValueAsBytes(manifest);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a manifest must always serialise", e);
    }
  }

  /**
   * @throws IOException if the file cannot be read or does not hold a valid manifest
   */
  public static Manifest read(Path file) throws IOException {
    return MAPPER.readValue(file.toFile(), Manifest.class);
  }

  /**
   * @throws IOException if {@code json} is not a valid manifest
   */
  public static Manifest read(byte[] json) throws IOException {
    return MAPPER.readValue(json, Manifest.class);
  }

  /**
   * @throws IOException if the file cannot be read or does not hold a valid addendum manifest
   */
  static AddendumManifest readAddendumManifest(Path file) throws IOException {
    return MAPPER.readValue(file.toFile(), AddendumManifest.class);
  }
}
