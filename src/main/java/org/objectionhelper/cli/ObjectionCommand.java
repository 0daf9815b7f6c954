package org.objectionhelper.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "objection",
    resourceBundle = "help",
    mixinStandardHelpOptions = true,
    versionProvider = ToolVersion.class,
    description =
        "Files Meta's objection (GDPR Art. 21) against the use of your data for AI training, with you in control and proof kept.",
    footerHeading = "%nExit codes:%n")
final class ObjectionCommand {
  /** What starting without a command (a double-click) runs: the assistant in the browser. */
  static final List<String> WITHOUT_COMMAND = List.of("assist", "--in-browser");

  /** The commands, in the order help lists them. */
  private static final List<Class<?>> COMMANDS =
      List.of(
          FileCommand.class,
          AssistCommand.class,
          DemoCommand.class,
          ProbeCommand.class,
          VerifyCommand.class,
          AddMailCommand.class,
          AddInboxCommand.class,
          TemplatesCommand.class,
          DoctorCommand.class);

  static String[] orWithoutCommand(String[] args) {
    return args.length == 0 ? WITHOUT_COMMAND.toArray(String[]::new) : args;
  }

  /** With every command: for help, a mistyped command, and tests. */
  static CommandLine commandLine() {
    return commandLine(COMMANDS);
  }

  /**
   * For {@code args}: where they start with a command's name, with that command alone. picocli
   * builds its model of every command it is given, by reflection, before it reads the first
   * argument, and a person waits through that before the browser can start.
   */
  static CommandLine commandLine(String[] args) {
    return commandLine(
        COMMANDS.stream()
            .filter(command -> args.length > 0 && args[0].equals(nameOf(command)))
            .findFirst()
            .map(List::<Class<?>>of)
            .orElse(COMMANDS));
  }

  private static String nameOf(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  private static CommandLine commandLine(List<Class<?>> commands) {
    CommandLine commandLine = new CommandLine(new ObjectionCommand());
    // Before the help texts and the handlers: picocli gives them to the subcommands it has then.
    commands.forEach(commandLine::addSubcommand);
    commandLine.setResourceBundle(new HelpTexts(commandLine.getResourceBundle()));
    commandLine
        .getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, ExitCodeTable::render);
    ExitHandler.installOn(commandLine);
    return commandLine;
  }
}
