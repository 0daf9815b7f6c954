package org.objectionhelper.evidence;

import java.util.regex.Pattern;

/**
 * One file of an evidence folder as the manifest lists it.
 *
 * @param name the file's name inside the folder, never a path
 * @param sha256 the SHA-256 of its content, 64 lower-case hex digits
 * @param size its length in bytes
 */
public record EvidenceFile(String name, String sha256, long size) {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  public EvidenceFile {
    FileNames.requireSafe(name);
    if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256 in hex for '" + name + "': " + sha256);
    }
    if (size < 0) {
      throw new IllegalArgumentException("negative size for '" + name + "': " + size);
    }
  }
}
