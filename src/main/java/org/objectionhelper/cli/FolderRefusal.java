package org.objectionhelper.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.objectionhelper.evidence.AddendumCheck;
import org.objectionhelper.evidence.FileCheck;
import org.objectionhelper.evidence.ManifestProblem;
import org.objectionhelper.evidence.TimestampAuthority;
import org.objectionhelper.i18n.Messages;

/**
 * Why nothing may be added to a folder, in the person's words: it is no evidence folder, or verify
 * finds it broken already. An addendum would seal what is broken into a chain that then holds.
 */
final class FolderRefusal {
  private FolderRefusal() {}

  static Optional<String> of(BundleCheck check, Path folder, Messages messages) {
    boolean noManifest =
        check
            .chain()
            .folder()
            .manifestProblem()
            .filter(problem -> problem.kind() == ManifestProblem.Kind.MISSING)
            .isPresent();
    if (noManifest) {
      return Optional.of(messages.text("mail.folder.not.bundle", folder));
    }
    if (check.isIntact()) {
      return Optional.empty();
    }
    return Optional.of(
        messages.text(
            "mail.folder.fails.verify", folder, String.join("; ", problems(check, messages))));
  }

  private static List<String> problems(BundleCheck check, Messages messages) {
    List<String> problems = new ArrayList<>();
    check
        .chain()
        .folder()
        .manifestProblem()
        .ifPresent(
            problem ->
                problems.add(
                    messages.text(
                        "verify.manifest." + problem.kind().name().toLowerCase(Locale.ROOT),
                        problem.values().toArray())));
    for (FileCheck file : check.chain().folder().files()) {
      if (!file.isOk()) {
        problems.add(status(file, messages) + " " + file.name());
      }
    }
    check
        .chain()
        .folder()
        .timestamp()
        .filter(timestamp -> !timestamp.valid())
        .ifPresent(
            timestamp ->
                problems.add(
                    messages.text("verify.status.invalid")
                        + " "
                        + TimestampAuthority.TOKEN_FILE_NAME));
    for (AddendumCheck addendum : check.chain().addenda()) {
      Optional<String> why =
          addendum
              .problem()
              .map(problem -> AddendaReport.explain(messages, problem))
              .or(
                  () ->
                      addendum.isIntact()
                          ? Optional.empty()
                          : Optional.of(messages.text("verify.addendum.files")))
              .or(
                  () ->
                      Optional.ofNullable(check.mails().get(addendum.name()))
                          .filter(mail -> !mail.agreesWithManifest())
                          .map(mail -> messages.text("mail.folder.mail.contradicts")));
      why.ifPresent(reason -> problems.add(addendum.name() + ": " + reason));
    }
    return problems;
  }

  private static String status(FileCheck file, Messages messages) {
    return messages.text("verify.status." + file.status().name().toLowerCase(Locale.ROOT));
  }
}
