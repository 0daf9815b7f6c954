package org.objectionhelper.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the browser and its driver in a session of their own, where the system can: Ctrl-C in the
 * terminal signals every process of the terminal's process group, and a browser in it would end
 * before the tool had kept its evidence. Out of that group, only the tool hears Ctrl-C, and it ends
 * them itself. On Linux {@code setsid} does it (it replaces itself with the program, so the process
 * started is the program's); elsewhere the programs start as they are.
 */
final class OwnSession {
  private final Optional<Path> setsid;

  static OwnSession standard() {
    return new OwnSession(ExecutableSearch.ofSystemPath());
  }

  OwnSession(ExecutableSearch path) {
    this.setsid =
        System.getProperty("os.name").startsWith("Linux") ? path.find("setsid") : Optional.empty();
  }

  /** {@code command}, started in a session of its own where the system can. */
  List<String> command(List<String> command) {
    if (setsid.isEmpty()) {
      return command;
    }
    List<String> own = new ArrayList<>();
    own.add(setsid.get().toString());
    own.addAll(command);
    return own;
  }
}
