package org.objectionhelper.flow;

import java.nio.file.Path;

/**
 * A file the person asked to upload (a screenshot of an AI answer), checked before the browser
 * started; its hash goes into the evidence manifest.
 *
 * @param file an absolute path
 * @param sha256 of the content as checked, 64 lower-case hex digits
 */
public record Attachment(Path file, String sha256, long size) {
  public String name() {
    return file.getFileName().toString();
  }
}
