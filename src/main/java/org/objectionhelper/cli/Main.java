package org.objectionhelper.cli;

/** Entry point: {@code objection <command> ...}; see {@link ObjectionCommand}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(ObjectionCommand.commandLine().execute(args));
  }
}
