package org.objectionhelper.browser;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;

/**
 * chromedriver in a session of its own (see {@link OwnSession}), so that Ctrl-C reaches the tool
 * and not the driver the tool still needs to keep its evidence and end the browser. On a throw-away
 * profile its (empty) log lies in the profile: its command line then names the profile, and the
 * next start finds and ends a driver whose run was killed, as it does the browser.
 */
final class OwnSessionDriverService extends ChromeDriverService.Builder {
  static final String LOG_FILE = "chromedriver.log";

  private final OwnSession session;

  private OwnSessionDriverService(OwnSession session) {
    this.session = session;
  }

  static ChromeDriverService build(File driver, Optional<Path> throwawayBrowserProfile) {
    OwnSessionDriverService builder = new OwnSessionDriverService(OwnSession.standard());
    builder.usingDriverExecutable(driver).usingAnyFreePort();
    // No log of what the driver types (the person's e-mail); the file only marks the driver as this
    // profile's.
    throwawayBrowserProfile.ifPresent(
        browserProfile ->
            builder
                .withLogFile(browserProfile.resolve(LOG_FILE).toFile())
                .withLogLevel(ChromiumDriverLogLevel.OFF));
    return builder.build();
  }

  @Override
  protected ChromeDriverService createDriverService(
      File exe, int port, Duration timeout, List<String> args, Map<String, String> environment) {
    List<String> command = new ArrayList<>();
    command.add(exe.getAbsolutePath());
    command.addAll(args);
    List<String> own = session.command(command);
    return super.createDriverService(
        new File(own.get(0)), port, timeout, own.subList(1, own.size()), environment);
  }
}
