package org.objectionhelper.cli;

import org.objectionhelper.profile.Language;
import org.objectionhelper.profile.ReasonTemplates;
import picocli.CommandLine.Option;

/** The optional reason: the person's own words, or one of the bundled templates. */
final class ReasonChoice {
  @Option(names = "--reason", paramLabel = "TEXT", description = "Your reason, in your own words (optional).")
  String text;

  @Option(
      names = "--reason-template",
      paramLabel = "ID",
      description = "A prepared reason, e.g. sample; list them with: objection templates")
  String template;

  /** The reason text, or null where the person gave none. */
  String text(Language language) {
    if (template == null) {
      return text;
    }
    return ReasonTemplates.bundled()
        .text(template, language)
        .orElseThrow(() -> new RequestInput.Rejected("input.template", template));
  }
}
