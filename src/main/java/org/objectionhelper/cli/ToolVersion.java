package org.objectionhelper.cli;

import org.objectionhelper.evidence.Tool;
import picocli.CommandLine.IVersionProvider;

/** The version in the jar's manifest, for {@code --version}. */
final class ToolVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    Tool tool = Tool.current();
    return new String[] {tool.name() + " " + tool.version()};
  }
}
