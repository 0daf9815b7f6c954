package org.objectionhelper.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.Person;
import org.objectionhelper.page.FormPage;

/**
 * The person confirms in the terminal and the tool clicks Send for them; only the typed word
 * sends, and clicking Send in the browser works as well. Lines are read on a background thread so
 * that the flow keeps watching the browser meanwhile.
 */
final class TerminalConfirmation implements Person {
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final BufferedReader input;
  private final Narrator narrator;
  private FormPage prompted;
  private Thread reader;

  TerminalConfirmation(BufferedReader input, Narrator narrator) {
    this.input = input;
    this.narrator = narrator;
  }

  @Override
  public void duringReview(FormPage page) {
    if (page != prompted) {
      prompted = page;
      lines.clear();
      narrator.say("terminal.confirm.prompt");
      startReading();
    }
    String line = lines.poll();
    if (line == null) {
      return;
    }
    String word = narrator.messages().text("terminal.confirm.word");
    if (line.trim().toLowerCase(Locale.ROOT).equals(word)) {
      page.clickSend();
    } else {
      narrator.say("terminal.confirm.again");
    }
  }

  private void startReading() {
    if (reader != null) {
      return;
    }
    reader = new Thread(this::readLines, "objection-helper-terminal");
    reader.setDaemon(true);
    reader.start();
  }

  private void readLines() {
    try {
      for (String line = input.readLine(); line != null; line = input.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
