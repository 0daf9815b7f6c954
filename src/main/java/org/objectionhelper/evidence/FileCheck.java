package org.objectionhelper.evidence;

import org.objectionhelper.files.FileKind;

/**
 * What the verifier found for one file of an evidence folder.
 *
 * @param found what is in the folder under that name, seen without following a link: a link, a pipe
 *     or a device is named as what it is
 */
public record FileCheck(String name, Status status, FileKind found) {

  public enum Status {
    /** Present with the size and SHA-256 the manifest lists. */
    OK,
    /** Present, but its content is not what the manifest lists, or it is no plain file. */
    CHANGED,
    /** Listed in the manifest, but not in the folder. */
    MISSING,
    /** In the folder, but not listed in the manifest. */
    NOT_LISTED,
    /**
     * The web archive is as the manifest lists it, but its own hashes do not hold: it was changed
     * before the manifest was written, or the manifest with it.
     */
    ARCHIVE_BROKEN,
    /** Where the tool keeps a folder ({@value Addenda#FOLDER_NAME}), something else. */
    NOT_A_FOLDER
  }

  /** A check of a plain file, or of one that is missing. */
  public FileCheck(String name, Status status) {
    this(name, status, status == Status.MISSING ? FileKind.ABSENT : FileKind.FILE);
  }

  public boolean isOk() {
    return status == Status.OK;
  }
}
