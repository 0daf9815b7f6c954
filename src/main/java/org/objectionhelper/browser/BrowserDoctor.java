package org.objectionhelper.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.objectionhelper.basics.Language;
import org.openqa.selenium.WebDriverException;

/**
 * Looks at every browser the tool can drive: is it installed (on PATH or where it installs itself),
 * is its driver on PATH, do their versions match, does a headless session start. It never downloads
 * a driver.
 */
public final class BrowserDoctor {
  private final ExecutableSearch path;
  private final BrowserFinder browsers;
  private final Function<Path, Optional<String>> versions;
  private final BiFunction<BrowserChoice, Path, SessionTrial> trial;

  BrowserDoctor(
      ExecutableSearch path,
      BrowserFinder browsers,
      Function<Path, Optional<String>> versions,
      BiFunction<BrowserChoice, Path, SessionTrial> trial) {
    this.path = path;
    this.browsers = browsers;
    this.versions = versions;
    this.trial = trial;
  }

  public static BrowserDoctor standard() {
    return new BrowserDoctor(
        ExecutableSearch.ofSystemPath(),
        BrowserFinder.standard(),
        ProgramVersion::of,
        BrowserDoctor::tryStarting);
  }

  public List<BrowserCheck> examine() {
    return Arrays.stream(BrowserChoice.values()).map(this::examine).toList();
  }

  private BrowserCheck examine(BrowserChoice browser) {
    Optional<BrowserCheck.Program> program = found(browsers.find(browser));
    Optional<BrowserCheck.Program> driver = found(path.find(browser.driver()));
    Optional<SessionTrial> session =
        program.isPresent() && driver.isPresent()
            ? Optional.of(trial.apply(browser, driver.get().path()))
            : Optional.empty();
    return new BrowserCheck(browser, program, driver, session);
  }

  private Optional<BrowserCheck.Program> found(Optional<Path> program) {
    return program.map(found -> new BrowserCheck.Program(found, versions.apply(found)));
  }

  private static SessionTrial tryStarting(BrowserChoice browser, Path driver) {
    BrowserOptions options =
        new BrowserOptions(
            Optional.of(browser),
            Optional.empty(),
            Optional.of(driver),
            Optional.empty(),
            true,
            Language.EN);
    Instant start = Instant.now();
    Optional<BrowserStartException> failure = Optional.empty();
    try (BrowserSession session = BrowserLauncher.standard().start(options)) {
      session.driver().get("about:blank");
    } catch (BrowserStartException e) {
      failure = Optional.of(e);
    } catch (WebDriverException e) {
      failure = Optional.of(new BrowserStartException("blank.page", e, BrowserFailure.summary(e)));
    }
    return new SessionTrial(Duration.between(start, Instant.now()), failure);
  }
}
