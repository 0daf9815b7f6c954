package org.objectionhelper.evidence;

/** The rule for names of evidence files: a plain name that stays inside its folder. */
final class FileNames {

  private FileNames() {}

  static String requireSafe(String name) {
    if (name == null
        || name.isBlank()
        || name.contains("/")
        || name.contains("\\")
        || name.contains("..")
        || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "not a plain file name for evidence (no path separators, no '..'): '" + name + "'");
    }
    return name;
  }
}
