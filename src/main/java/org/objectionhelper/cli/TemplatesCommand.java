package org.objectionhelper.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.objectionhelper.profile.ReasonTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = "Lists the prepared reasons for --reason-template, in German and English.")
final class TemplatesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Map.Entry<String, Map<String, String>> template : ReasonTemplates.bundled().all().entrySet()) {
      out.println(template.getKey());
      template.getValue().forEach((language, text) -> out.println("  " + language + ": " + text));
    }
    out.flush();
    return 0;
  }
}
