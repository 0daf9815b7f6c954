package org.objectionhelper.guide;

import static org.objectionhelper.guide.Markup.button;
import static org.objectionhelper.guide.Markup.fieldset;
import static org.objectionhelper.guide.Markup.form;
import static org.objectionhelper.html.Template.escape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.files.PlainFile;
import org.objectionhelper.flow.Outcome;

/**
 * The end page: for each platform and account whether it was sent, where its proof is, its receipt
 * and a button that opens the folder; then another account, or finish.
 */
final class DonePage {
  private final PageLayout layout;

  DonePage(PageLayout layout) {
    this.layout = layout;
  }

  /**
   * @param status what the last action did (the folder opened), or empty
   */
  /**
   * Sent and confirmed; else the run's own last words (sent but unconfirmed, sent with other
   * values, sent by the page, not sent and why), or the exit code where it has none.
   */
  private String howItEnded(Outcome outcome) {
    if (outcome.sent()) {
      return text("guide.done.sent");
    }
    return outcome.message().isEmpty()
        ? text("guide.done.failed", outcome.exitCode().code())
        : outcome.message();
  }

  String render(List<Outcome> outcomes, Optional<String> status) {
    StringBuilder results = new StringBuilder();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      String platform = layout.platformName(outcome.platform());
      String heading =
          outcome
              .evidence()
              .flatMap(DonePage::account)
              .map(a -> platform + ": " + a)
              .orElse(platform);
      results.append("<h2>").append(escape(heading)).append("</h2>\n<p>");
      results.append(escape(howItEnded(outcome)));
      results.append("</p>\n");
      if (outcome.evidence().isPresent()) {
        String folder = outcome.evidence().get().toAbsolutePath().toString();
        results
            .append("<p>")
            .append(escape(text("guide.done.folder")))
            .append(" ")
            .append("<span class=\"path\">")
            .append(escape(folder))
            .append("</span></p>\n<p><a href=\"")
            .append(escape(layout.link("/receipt?n=" + i)))
            .append("\">")
            .append(escape(text("guide.done.receipt", platform)))
            .append("</a></p>\n")
            .append(
                form(
                    layout.link("/open-folder"),
                    button("n", String.valueOf(i), text("guide.done.open", platform), false)));
      }
    }
    String content =
        status
                .map(said -> "<p class=\"status\" role=\"status\">" + escape(said) + "</p>\n")
                .orElse("")
            + results
            + layout.paragraph("guide.done.mail")
            + form(
                layout.link("/next"),
                fieldset(
                    text("guide.done.next.legend"),
                    button("next", "another", text("guide.done.another"), false)
                        + button("next", "finish", text("guide.done.finish"), true)));
    return layout.page(text("guide.done.heading"), content, false, false);
  }

  /** The account an evidence folder is for, as its manifest records it. */
  private static Optional<String> account(Path folder) {
    try {
      Optional<byte[]> manifest = PlainFile.read(folder, Manifest.FILE_NAME);
      if (manifest.isEmpty()) {
        return Optional.empty();
      }
      return Optional.ofNullable(
          ManifestJson.read(manifest.get()).run().enteredValues().get("email"));
    } catch (IOException | RuntimeException unreadable) {
      // A folder marked incomplete may have no manifest yet: the platform alone names it then.
      return Optional.empty();
    }
  }

  private String text(String key, Object... args) {
    return layout.text(key, args);
  }
}
