package org.objectionhelper.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Whether a WACZ package holds by its own hashes: every part its {@code datapackage.json} lists has
 * that SHA-256 and size, and {@code datapackage.json} itself the hash {@code
 * datapackage-digest.json} gives (WACZ 1.1.1). A package changed and re-hashed as a whole is the
 * manifest's to catch.
 */
final class WaczCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PART_BYTES = 256 << 20;

  private WaczCheck() {}

  /**
   * @throws IOException where {@code wacz} is no zip file that can be read
   */
  static boolean holds(Path wacz) throws IOException {
    try (ZipFile zip = new ZipFile(wacz.toFile())) {
      Map<String, byte[]> parts = new HashMap<>();
      for (String name : new String[] {WaczPackage.DATAPACKAGE, WaczPackage.DIGEST}) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
          return false;
        }
        parts.put(name, read(zip, entry));
      }
      JsonNode digest = JSON.readTree(parts.get(WaczPackage.DIGEST));
      if (!WaczPackage.hash(parts.get(WaczPackage.DATAPACKAGE))
          .equals(digest.path("hash").asText())) {
        return false;
      }
      JsonNode resources = JSON.readTree(parts.get(WaczPackage.DATAPACKAGE)).path("resources");
      if (!resources.isArray() || resources.isEmpty()) {
        return false;
      }
      for (JsonNode resource : resources) {
        ZipEntry entry = zip.getEntry(resource.path("path").asText());
        if (entry == null) {
          return false;
        }
        byte[] content = read(zip, entry);
        if (content.length != resource.path("bytes").asLong(-1)
            || !WaczPackage.hash(content).equals(resource.path("hash").asText())) {
          return false;
        }
      }
      return true;
    }
  }

  private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] content = in.readNBytes(MAX_PART_BYTES);
      if (in.read() >= 0) {
        throw new IOException(entry.getName() + " is larger than any archive of a form");
      }
      return content;
    }
  }
}
