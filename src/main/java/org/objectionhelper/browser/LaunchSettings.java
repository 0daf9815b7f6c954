package org.objectionhelper.browser;

import java.nio.file.Path;
import java.util.Optional;
import org.objectionhelper.basics.Language;

/**
 * What the browser is asked for, whether it starts here or on a Grid.
 *
 * @param browserProfile the profile folder to use; empty on a Grid, where the driver makes its own
 * @param binary the browser program found on PATH or where it installs itself; empty lets the
 *     driver look for it
 * @param noSandbox Chromium's sandbox off, which it needs when it runs as root (as on CI machines)
 */
record LaunchSettings(
    Language language,
    boolean headless,
    Optional<Path> browserProfile,
    Optional<Path> binary,
    boolean noSandbox) {

  String acceptLanguages() {
    return language == Language.DE ? "de-DE,de,en" : "en-GB,en,de";
  }
}
