package org.objectionhelper.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.objectionhelper.basics.Language;
import org.objectionhelper.browser.BrowserCheck;
import org.objectionhelper.browser.BrowserChoice;
import org.objectionhelper.browser.BrowserDoctor;
import org.objectionhelper.browser.SessionTrial;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Checks which browsers and drivers are installed (on PATH), whether their "
          + "versions match and whether a session starts, and says what fixes what is "
          + "missing.",
      "Exit code ${bundle:exit.browser_failed.code} if none can start."
    })
final class DoctorCommand extends BaseCommand {
  @Option(
      names = "--lang",
      paramLabel = "de|en",
      converter = LanguageConverter.class,
      description = "Language of the report.")
  Language language = LanguageConverter.systemDefault();

  @Override
  Language language() {
    return language;
  }

  @Override
  ExitCode doCall() {
    Messages messages = Messages.of(language);
    PrintWriter out = spec.commandLine().getOut();
    List<BrowserCheck> checks = BrowserDoctor.standard().examine();
    checks.forEach(check -> report(check, messages, out));
    String usable =
        checks.stream()
            .filter(BrowserCheck::usable)
            .map(check -> check.browser().cliName())
            .collect(Collectors.joining(", "));
    out.println(
        usable.isEmpty()
            ? messages.text(
                "doctor.none",
                BrowserChoice.CHROMIUM.browserInstall(),
                BrowserChoice.CHROMIUM.driverInstall())
            : messages.text("doctor.usable", usable));
    out.flush();
    return usable.isEmpty() ? ExitCode.BROWSER_FAILED : ExitCode.OK;
  }

  private static void report(BrowserCheck check, Messages messages, PrintWriter out) {
    BrowserChoice browser = check.browser();
    out.println(browser.cliName());
    out.println(
        check
            .program()
            .map(
                found ->
                    messages.text("doctor.browser.found", found.path(), version(found, messages)))
            .orElseGet(
                () ->
                    messages.text(
                        "doctor.browser.missing", String.join(", ", browser.programNames()))));
    out.println(
        check
            .driver()
            .map(
                found ->
                    messages.text("doctor.driver.found", found.path(), version(found, messages)))
            .orElseGet(() -> messages.text("doctor.driver.missing", browser.driver())));
    check
        .versionsMatch()
        .map(
            match ->
                match
                    ? messages.text("doctor.versions.match", major(check.program()))
                    : messages.text(
                        "doctor.versions.mismatch", major(check.program()), major(check.driver())))
        .ifPresent(out::println);
    check.session().map(trial -> session(trial, messages)).ifPresent(out::println);
    check.fixes().forEach(fix -> out.println(messages.text("doctor.fix", fix)));
  }

  private static String version(BrowserCheck.Program program, Messages messages) {
    return program.version().orElseGet(() -> messages.text("doctor.version.unknown"));
  }

  private static String major(Optional<BrowserCheck.Program> program) {
    return String.valueOf(program.orElseThrow().major().orElseThrow());
  }

  private static String session(SessionTrial trial, Messages messages) {
    return trial.started()
        ? messages.text(
            "doctor.session.started",
            String.format(Locale.ROOT, "%.1f", trial.took().toMillis() / 1000.0))
        : messages.text("doctor.session.failed", trial.failure().orElseThrow().text(messages));
  }
}
