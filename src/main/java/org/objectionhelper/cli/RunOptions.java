package org.objectionhelper.cli;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.browser.BrowserChoice;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.flow.FlowSettings;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.ProfileLoader;
import picocli.CommandLine.Option;

/** Options every command that files an objection shares: language, browser, waits, folders. */
final class RunOptions {
  @Option(
      names = "--lang",
      paramLabel = "de|en",
      converter = LanguageConverter.class,
      description =
          "Language of the tool's messages and of the browser (default: the system's, else en).")
  Language language = LanguageConverter.systemDefault();

  @Option(
      names = "--evidence-dir",
      paramLabel = "DIR",
      description =
          "Where the proof folders go (default: ~/objection-evidence; for the demo and --replica ./demo-evidence).")
  Path evidenceDir;

  /** The folder the person chose, else the command's own default. */
  Path evidenceDir(Path fallback) {
    return evidenceDir != null ? evidenceDir : fallback;
  }

  @Option(
      names = "--browser-profile",
      paramLabel = "DIR",
      converter = BrowserProfileConverter.class,
      description =
          "Keep this browser profile (cookies, login) after the run. Default: a throw-away profile, deleted at the end.")
  Path browserProfile;

  @Option(
      names = "--browser",
      paramLabel = "chrome|chromium|edge|firefox",
      converter = BrowserChoiceConverter.class,
      description =
          "Which browser (default: the first installed of chromium, chrome, edge, firefox). See: objection doctor")
  BrowserChoice browser;

  @Option(
      names = "--driver",
      paramLabel = "PATH",
      description =
          "The driver to use: chromedriver, msedgedriver or geckodriver (default: PATH, then WebDriverManager).")
  Path driver;

  @Option(
      names = "--grid",
      paramLabel = "URL",
      converter = GridUrlConverter.class,
      description = {
        "Run the browser on the Selenium Grid 4 at this address (evidence is still saved here).",
        "For example: http://grid.example:4444"
      })
  URL grid;

  @Option(
      names = "--headless",
      description = "Run the browser without a window (for scripted use).")
  boolean headless;

  @Option(
      names = "--login-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "How long to wait for you to log in, e.g. 10m (default).")
  Duration loginTimeout = FlowSettings.DEFAULT_LOGIN_TIMEOUT;

  @Option(
      names = "--review-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "How long to wait for you to check the form and click Send, e.g. 30m (default).")
  Duration reviewTimeout = FlowSettings.DEFAULT_REVIEW_TIMEOUT;

  @Option(
      names = "--profiles",
      paramLabel = "DIR",
      description =
          "A folder with edited form profiles (<platform>.yaml) that replace the bundled ones.")
  Path profiles;

  @Option(
      names = "--tsa-url",
      paramLabel = "URL",
      converter = TsaUrlConverter.class,
      description =
          "Ask this RFC 3161 time-stamping authority for a trusted timestamp over the manifest (only its SHA-256 is sent).")
  URI tsaUrl;

  /** The profiles of these platforms, from --profiles where given, else the bundled ones. */
  List<FormProfile> formProfiles(List<Platform> platforms) {
    ProfileLoader loader =
        profiles == null ? ProfileLoader.bundled() : ProfileLoader.withOverrides(profiles);
    return platforms.stream().map(loader::load).toList();
  }

  BrowserOptions browserOptions(boolean headless, Language language) {
    return new BrowserOptions(
        Optional.ofNullable(browser),
        Optional.ofNullable(grid),
        Optional.ofNullable(driver),
        Optional.ofNullable(browserProfile),
        headless,
        language);
  }

  FlowSettings flowSettings(Path evidenceRoot) {
    return new FlowSettings(
        loginTimeout,
        reviewTimeout,
        FlowSettings.DEFAULT_FIND_TIMEOUT,
        FlowSettings.DEFAULT_PROGRESS_EVERY,
        evidenceRoot,
        Optional.ofNullable(tsaUrl));
  }
}
