package org.objectionhelper.browser;

import java.util.Locale;

/** The operating system the tool runs on, as far as install hints differ between them. */
public enum HostSystem {
  LINUX,
  WINDOWS,
  MAC,
  /** BSDs and the like: told where to download, as Windows and macOS are. */
  OTHER;

  public static HostSystem current() {
    return named(System.getProperty("os.name", ""));
  }

  /** From {@code os.name}: "Linux", "Windows 11", "Mac OS X". */
  static HostSystem named(String osName) {
    String name = osName.toLowerCase(Locale.ROOT);
    if (name.startsWith("linux")) {
      return LINUX;
    }
    if (name.startsWith("windows")) {
      return WINDOWS;
    }
    return name.startsWith("mac") ? MAC : OTHER;
  }
}
