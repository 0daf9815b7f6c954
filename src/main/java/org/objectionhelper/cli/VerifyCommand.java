package org.objectionhelper.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.objectionhelper.basics.Language;
import org.objectionhelper.evidence.ChainVerification;
import org.objectionhelper.evidence.Completion;
import org.objectionhelper.evidence.EvidenceException;
import org.objectionhelper.evidence.FileCheck;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.evidence.Run;
import org.objectionhelper.evidence.TimestampAuthority;
import org.objectionhelper.evidence.TrustedCertificates;
import org.objectionhelper.evidence.Verification;
import org.objectionhelper.files.FileKind;
import org.objectionhelper.files.PlainFile;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ExitException;
import org.objectionhelper.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Checks an evidence folder: recomputes the SHA-256 of every file, compares it "
          + "with the manifest, and checks the timestamp token if there is one.",
      "One line per file; exit code ${bundle:exit.evidence_invalid.code} on any problem."
    })
final class VerifyCommand extends BaseCommand {
  @Parameters(
      paramLabel = "DIR",
      descriptionKey = "folder",
      description = "The evidence folder of one objection.")
  Path folder;

  @Option(
      names = "--lang",
      paramLabel = "de|en",
      converter = LanguageConverter.class,
      description = "Language of the report (default: the system's, else en).")
  Language language = LanguageConverter.systemDefault();

  @Option(
      names = "--trust",
      paramLabel = "FILE",
      description =
          "Certificates (PEM or DER) of time-stamping authorities you trust, beside this computer's trust store.")
  Path trust;

  @Override
  Language language() {
    return language;
  }

  @Override
  ExitCode doCall() {
    Messages messages = Messages.of(language);
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(folder)) {
      throw new ExitException(ExitCode.BAD_INPUT, messages.text("verify.no.folder", folder));
    }
    List<X509Certificate> trusted;
    try {
      trusted = trust == null ? List.of() : TrustedCertificates.in(trust);
    } catch (IOException | CertificateException unusable) {
      throw new ExitException(ExitCode.BAD_INPUT, messages.text("verify.trust.unreadable", trust));
    }
    BundleCheck bundle;
    try {
      bundle = BundleCheck.of(folder);
    } catch (EvidenceException e) {
      throw new ExitException(ExitCode.EVIDENCE_INVALID, e.getMessage());
    }
    ChainVerification chain = bundle.chain();
    Verification verification = chain.folder();
    verification
        .manifestProblem()
        .ifPresent(
            problem ->
                out.println(
                    messages.text(
                        "verify.manifest.problem",
                        messages.text(
                            "verify.manifest." + problem.kind().name().toLowerCase(Locale.ROOT),
                            inWords(messages, problem.values())))));
    for (FileCheck check : verification.files()) {
      line(out, messages, check.name(), check);
    }
    verification
        .timestamp()
        .ifPresent(
            timestamp -> {
              line(
                  out,
                  messages.text(timestamp.valid() ? "verify.status.ok" : "verify.status.invalid"),
                  TimestampAuthority.TOKEN_FILE_NAME,
                  messages.text(
                      "verify.timestamp." + timestamp.verdict().name().toLowerCase(Locale.ROOT),
                      timestamp.detail(),
                      found(messages, timestamp.found())));
              new TrustReport(messages, out)
                  .print(folder.resolve(TimestampAuthority.TOKEN_FILE_NAME), trusted, trust);
            });
    if (verification.timestamp().isEmpty() && verification.manifestProblem().isEmpty()) {
      out.println(messages.text("verify.unsealed"));
    }
    new AddendaReport(messages, out, bundle.mails()).print(chain.addenda());
    out.println(
        messages.text(
            bundle.isIntact()
                ? "verify.intact"
                : verification.isIntact() ? "verify.chain.broken" : "verify.broken"));
    Optional<Run> run = recordedRun();
    // Said last, where it is seen: these files are no proof of an objection.
    boolean rehearsal = run.map(Run::rehearsal).orElse(false);
    if (!bundle.isIntact()) {
      sayIfRehearsal(rehearsal, messages, out);
      return ExitCode.EVIDENCE_INVALID;
    }
    // Whole files can still tell of a run that stopped early: say so, and why, apart from a changed
    // file.
    Optional<String> incomplete =
        run.isEmpty()
            ? Optional.of(messages.text("verify.manifest.unreadable"))
            : Optional.of(run.get().completion())
                .filter(completion -> !completion.complete())
                .map(Completion::incompleteReason);
    incomplete.ifPresent(reason -> out.println(messages.text("verify.incomplete", reason)));
    sayIfRehearsal(rehearsal, messages, out);
    return incomplete.isPresent() ? ExitCode.EVIDENCE_INCOMPLETE : ExitCode.OK;
  }

  private static void sayIfRehearsal(boolean rehearsal, Messages messages, PrintWriter out) {
    if (rehearsal) {
      out.println(messages.text("verify.rehearsal"));
    }
    out.flush();
  }

  /** What the manifest records of the run, where it is a plain file that can be read. */
  private Optional<Run> recordedRun() {
    try {
      Optional<byte[]> manifest = PlainFile.read(folder, Manifest.FILE_NAME);
      return manifest.isEmpty()
          ? Optional.empty()
          : Optional.of(ManifestJson.read(manifest.get()).run());
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  /** One file's line: its status, its name, and what it is where it is no plain file. */
  static void line(PrintWriter out, Messages messages, String name, FileCheck check) {
    String detail =
        check.found() == FileKind.FILE || check.found() == FileKind.ABSENT
            ? ""
            : found(messages, check.found());
    line(
        out,
        messages.text("verify.status." + check.status().name().toLowerCase(Locale.ROOT)),
        name,
        detail);
  }

  /** A link, a pipe or a device, named as what it is, in the person's language. */
  private static String found(Messages messages, FileKind found) {
    return messages.text("verify.found." + found.name().toLowerCase(Locale.ROOT));
  }

  /** A problem's values as a message shows them: what was found, in words. */
  private static Object[] inWords(Messages messages, List<Object> values) {
    return values.stream()
        .map(value -> value instanceof FileKind found ? found(messages, found) : value)
        .toArray();
  }

  static void line(PrintWriter out, String status, String name, String detail) {
    out.println(String.format(Locale.ROOT, "%-18s %s  %s", status, name, detail).stripTrailing());
  }
}
