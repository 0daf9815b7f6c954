package org.objectionhelper.cli;

import org.objectionhelper.browser.SessionWarmUp;

/**
 * Entry point: {@code objection <command> ...}, or without a command the assistant in the browser;
 * see {@link ObjectionCommand}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    SessionWarmUp.begin();
    System.exit(ObjectionCommand.commandLine().execute(ObjectionCommand.orWithoutCommand(args)));
  }
}
