package org.objectionhelper.evidence;

/** What the verifier found for one file of an evidence folder. */
public record FileCheck(String name, Status status) {

  public enum Status {
    /** Present with the size and SHA-256 the manifest lists. */
    OK,
    /** Present, but its content is not what the manifest lists. */
    CHANGED,
    /** Listed in the manifest, but not in the folder. */
    MISSING,
    /** In the folder, but not listed in the manifest. */
    NOT_LISTED
  }

  public boolean isOk() {
    return status == Status.OK;
  }
}
