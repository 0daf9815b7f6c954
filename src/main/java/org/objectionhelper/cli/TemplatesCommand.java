package org.objectionhelper.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.objectionhelper.basics.Language;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ExitException;
import org.objectionhelper.profile.ProfileException;
import org.objectionhelper.profile.ReasonTemplates;
import picocli.CommandLine.Command;

@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the prepared reasons for --reason-template, in German and English.",
      "Add your own in ~/.config/objection-helper/reasons.yaml, shaped like "
          + "config/templates/reasons.yaml."
    })
final class TemplatesCommand extends BaseCommand {
  /** The help's: the templates are listed in both languages, and a broken file in its own words. */
  @Override
  Language language() {
    return LanguageConverter.systemDefault();
  }

  @Override
  ExitCode doCall() {
    ReasonTemplates templates;
    try {
      templates = ReasonTemplates.bundled();
    } catch (ProfileException e) {
      // a reasons file is no form profile: its problems alone say what is wrong
      throw new ExitException(ExitCode.BAD_INPUT, String.join("\n", e.problems()));
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Map.Entry<String, Map<String, String>> template : templates.all().entrySet()) {
      out.println(template.getKey());
      template.getValue().forEach((language, text) -> out.println("  " + language + ": " + text));
    }
    out.flush();
    return ExitCode.OK;
  }
}
