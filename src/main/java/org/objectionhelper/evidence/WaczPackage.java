package org.objectionhelper.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A WACZ 1.1.1 package of parts already made: each part stored as it is (no compression, as the
 * specification asks of WARC files and indexes), listed with its SHA-256 and size in {@code
 * datapackage.json}, which {@code datapackage-digest.json} hashes in turn.
 */
final class WaczPackage {
  static final String DATAPACKAGE = "datapackage.json";
  static final String DIGEST = "datapackage-digest.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private WaczPackage() {}

  /**
   * @param parts by their path in the package
   * @param metadata what {@code datapackage.json} says besides its parts (title, created, ...)
   */
  static byte[] pack(Map<String, byte[]> parts, Map<String, Object> metadata) throws IOException {
    List<Map<String, Object>> resources = new ArrayList<>();
    parts.forEach(
        (path, content) -> {
          Map<String, Object> resource = new LinkedHashMap<>();
          resource.put("name", path.substring(path.lastIndexOf('/') + 1));
          resource.put("path", path);
          resource.put("hash", hash(content));
          resource.put("bytes", content.length);
          resources.add(resource);
        });
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("profile", "data-package");
    description.put("wacz_version", "1.1.1");
    description.putAll(metadata);
    description.put("resources", resources);
    byte[] datapackage = JSON.writeValueAsBytes(description);
    Map<String, Object> digest = new LinkedHashMap<>();
    digest.put("path", DATAPACKAGE);
    digest.put("hash", hash(datapackage));

    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(packed)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        store(zip, part.getKey(), part.getValue());
      }
      store(zip, DATAPACKAGE, datapackage);
      store(zip, DIGEST, JSON.writeValueAsBytes(digest));
    }
    return packed.toByteArray();
  }

  /** A hash as WACZ writes it. */
  static String hash(byte[] content) {
    return "sha256:" + Sha256.of(content);
  }

  private static void store(ZipOutputStream zip, String path, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(path);
    entry.setMethod(ZipEntry.STORED);
    CRC32 crc = new CRC32();
    crc.update(content);
    entry.setCrc(crc.getValue());
    entry.setSize(content.length);
    entry.setCompressedSize(content.length);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }
}
