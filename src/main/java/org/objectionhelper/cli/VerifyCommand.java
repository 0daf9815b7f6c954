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
import java.util.concurrent.Callable;
import org.objectionhelper.evidence.ChainVerification;
import org.objectionhelper.evidence.Completion;
import org.objectionhelper.evidence.EvidenceException;
import org.objectionhelper.evidence.FileCheck;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.evidence.TimestampAuthority;
import org.objectionhelper.evidence.TrustedCertificates;
import org.objectionhelper.evidence.Verification;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Checks an evidence folder: recomputes the SHA-256 of every file, compares it "
          + "with the manifest, and checks the timestamp token if there is one.",
      "One line per file; exit code 9 on any problem."
    })
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

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
  public Integer call() {
    Messages messages = Messages.of(language);
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(folder)) {
      spec.commandLine().getErr().println(messages.text("verify.no.folder", folder));
      return ExitCode.BAD_INPUT.code();
    }
    List<X509Certificate> trusted;
    try {
      trusted = trust == null ? List.of() : TrustedCertificates.in(trust);
    } catch (IOException | CertificateException e) {
      spec.commandLine()
          .getErr()
          .println(messages.text("verify.trust.unreadable", trust, e.getMessage()));
      return ExitCode.BAD_INPUT.code();
    }
    BundleCheck bundle;
    try {
      bundle = BundleCheck.of(folder);
    } catch (EvidenceException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return ExitCode.EVIDENCE_INVALID.code();
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
                            problem.values().toArray()))));
    for (FileCheck check : verification.files()) {
      line(
          out,
          messages.text("verify.status." + check.status().name().toLowerCase(Locale.ROOT)),
          check.name(),
          "");
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
                      timestamp.detail()));
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
    if (!bundle.isIntact()) {
      out.flush();
      return ExitCode.EVIDENCE_INVALID.code();
    }
    // Whole files can still tell of a run that stopped early: say so, and why, apart from a changed
    // file.
    Optional<String> incomplete = incompleteReason();
    incomplete.ifPresent(reason -> out.println(messages.text("verify.incomplete", reason)));
    out.flush();
    return incomplete.isPresent() ? ExitCode.EVIDENCE_INCOMPLETE.code() : ExitCode.SENT.code();
  }

  private Optional<String> incompleteReason() {
    try {
      Completion completion =
          ManifestJson.read(folder.resolve(Manifest.FILE_NAME)).run().completion();
      return completion.complete() ? Optional.empty() : Optional.of(completion.incompleteReason());
    } catch (IOException e) {
      return Optional.of(e.getMessage());
    }
  }

  static void line(PrintWriter out, String status, String name, String detail) {
    out.println(String.format(Locale.ROOT, "%-18s %s  %s", status, name, detail).stripTrailing());
  }
}
