package org.objectionhelper.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.profile.ProfileException;
import org.objectionhelper.profile.ReasonTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the prepared reasons for --reason-template, in German and English.",
      "Add your own in ~/.config/objection-helper/reasons.yaml, shaped like "
          + "config/templates/reasons.yaml."
    })
final class TemplatesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ReasonTemplates templates;
    try {
      templates = ReasonTemplates.bundled();
    } catch (ProfileException e) {
      spec.commandLine().getErr().println(String.join("\n", e.problems()));
      return ExitCode.BAD_INPUT.code();
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Map.Entry<String, Map<String, String>> template : templates.all().entrySet()) {
      out.println(template.getKey());
      template.getValue().forEach((language, text) -> out.println("  " + language + ": " + text));
    }
    out.flush();
    return 0;
  }
}
