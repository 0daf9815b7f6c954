package org.objectionhelper.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.Person;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.questions.Rejected;
import org.objectionhelper.questions.TerminalCharset;

/**
 * The person confirms in the terminal and the tool clicks Send for them; only the typed word sends,
 * and clicking Send in the browser works as well. The word counts only when typed after the prompt:
 * whatever was typed ahead, or piped in, is thrown away, as nobody had reviewed anything then.
 * Lines are read on a background thread so that the flow keeps watching the browser meanwhile.
 */
final class TerminalConfirmation implements Person {
  /** A line as it arrived. */
  private record Line(String text, Instant arrived) {}

  private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
  private final InputStream input;
  private final Charset charset;
  private final Narrator narrator;
  private FormPage prompted;
  private Instant promptedAt = Instant.MAX;
  private Thread reader;

  TerminalConfirmation(InputStream input, Charset charset, Narrator narrator) {
    this.input = input;
    this.charset = charset;
    this.narrator = narrator;
  }

  /** Confirmation from the terminal this process runs in; see {@link #requireTerminal()}. */
  static TerminalConfirmation ofTerminal(Narrator narrator) {
    requireTerminal();
    return new TerminalConfirmation(System.in, TerminalCharset.current().input(), narrator);
  }

  /** Refuses to confirm where there is no terminal: piped input is no person who has looked. */
  static void requireTerminal() {
    if (System.console() == null) {
      throw new Rejected("input.confirm.no.terminal");
    }
  }

  @Override
  public void duringReview(FormPage page) {
    if (page != prompted) {
      prompted = page;
      discardTypedAhead();
      narrator.say("terminal.confirm.prompt");
      promptedAt = Instant.now();
      startReading();
    }
    Line line = lines.poll();
    if (line == null) {
      return;
    }
    String word = narrator.messages().text("terminal.confirm.word");
    if (line.arrived().isBefore(promptedAt)) {
      return;
    }
    if (line.text().trim().toLowerCase(Locale.ROOT).equals(word)) {
      page.clickSend();
    } else {
      narrator.say("terminal.confirm.again");
    }
  }

  /** What waits unread from before the prompt, in the stream and in the queue. */
  private void discardTypedAhead() {
    lines.clear();
    if (reader != null) {
      return;
    }
    try {
      for (int waiting = input.available(); waiting > 0; waiting = input.available()) {
        input.skip(waiting);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    try (BufferedReader in = new BufferedReader(new InputStreamReader(input, charset))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(new Line(line, Instant.now()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
