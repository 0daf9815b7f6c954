package org.objectionhelper.evidence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Pattern;

/** Evidence could not be written or read; the message names the file and the folder. */
public class EvidenceException extends RuntimeException {
  /** A Java class's name, as a wrapped exception's message begins: {@code java.io.IOException}. */
  private static final Pattern NAMES_A_CLASS = Pattern.compile("\\b\\w*(Exception|Error)\\b");

  public EvidenceException(String message) {
    super(message);
  }

  public EvidenceException(String message, IOException cause) {
    super(message + " (" + reason(cause) + ")", cause);
  }

  // NIO exceptions often carry only a path as their message, which says nothing to a person.
  private static String reason(IOException cause) {
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (cause instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    String message = cause.getMessage();
    return message == null || NAMES_A_CLASS.matcher(message).find()
        ? "input or output error"
        : message;
  }
}
