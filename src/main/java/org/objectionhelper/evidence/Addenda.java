package org.objectionhelper.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where an evidence folder keeps its addenda: {@code addenda/01}, {@code addenda/02}, ..., each a
 * folder of its own with its own {@value Manifest#FILE_NAME}. What was sealed before is never
 * touched again.
 */
public final class Addenda {
  public static final String FOLDER_NAME = "addenda";

  private Addenda() {}

  /** {@code addenda/01} for 1: the path of an addendum inside the evidence folder, with '/'. */
  public static String name(int number) {
    return FOLDER_NAME + "/" + String.format(Locale.ROOT, "%02d", number);
  }

  /** The path of the manifest addendum {@code number} names as the one before it. */
  static String previousManifest(int number) {
    return number == 1 ? Manifest.FILE_NAME : name(number - 1) + "/" + Manifest.FILE_NAME;
  }

  /**
   * Everything in {@code <bundle>/addenda}, by name, sorted; empty where there is no such folder.
   */
  static List<String> entries(Path bundle) {
    Path folder = bundle.resolve(FOLDER_NAME);
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new EvidenceException("Could not list " + folder, e);
    }
  }
}
