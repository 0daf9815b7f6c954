package org.objectionhelper.cli;

import java.util.ResourceBundle;
import org.objectionhelper.flow.ExitCode;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;

/**
 * The exit codes under {@code objection --help}: every {@link ExitCode}, with its meaning in the
 * language of the help, wrapped to the width of the help like the options above it.
 */
final class ExitCodeTable {
  private static final int CODE_WIDTH = 7;

  private ExitCodeTable() {}

  static String render(Help help) {
    int width = help.commandSpec().usageMessage().width();
    TextTable table =
        TextTable.forColumns(
            help.colorScheme(),
            new Column(CODE_WIDTH, 2, Overflow.SPAN),
            new Column(width - CODE_WIDTH, 1, Overflow.WRAP));
    ResourceBundle texts = help.commandSpec().resourceBundle();
    for (ExitCode code : ExitCode.values()) {
      table.addRowValues(String.valueOf(code.code()), meaning(texts, code));
    }
    return table.toString();
  }

  /** What the code means, in the bundle's language. */
  static String meaning(ResourceBundle texts, ExitCode code) {
    return texts.getString(code.meaningKey());
  }
}
