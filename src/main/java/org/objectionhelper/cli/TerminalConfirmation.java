package org.objectionhelper.cli;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.Person;
import org.objectionhelper.flow.ToolClick;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.questions.Rejected;

/**
 * The person confirms in the terminal and the tool clicks Send for them; only the typed word sends,
 * and clicking Send in the browser works as well. The word counts only when typed after the prompt:
 * whatever was typed ahead, or piped in, is thrown away, as nobody had reviewed anything then. The
 * lines come from {@link TerminalLines}, read while the flow keeps watching the browser.
 */
final class TerminalConfirmation implements Person {
  private final TerminalLines lines;
  private final Narrator narrator;
  private FormPage prompted;
  private Instant promptedAt = Instant.MAX;
  private final List<ToolClick> clicks = new ArrayList<>();

  TerminalConfirmation(InputStream input, Charset charset, Narrator narrator) {
    this(TerminalLines.of(input, charset), narrator);
  }

  TerminalConfirmation(TerminalLines lines, Narrator narrator) {
    this.lines = lines;
    this.narrator = narrator;
  }

  /** Confirmation from the terminal's lines; see {@link #requireTerminal()}. */
  static TerminalConfirmation ofTerminal(TerminalLines terminal, Narrator narrator) {
    requireTerminal();
    return new TerminalConfirmation(terminal, narrator);
  }

  /** Refuses to confirm where there is no terminal: piped input is no person who has looked. */
  static void requireTerminal() {
    if (System.console() == null) {
      throw new Rejected("input.confirm.no.terminal");
    }
  }

  @Override
  public List<ToolClick> toolSendClicks() {
    return List.copyOf(clicks);
  }

  @Override
  public void duringReview(FormPage page) {
    if (page != prompted) {
      prompted = page;
      lines.discardTypedAhead();
      narrator.say("terminal.confirm.prompt");
      promptedAt = Instant.now();
    }
    Optional<TerminalLines.Line> line = lines.poll();
    if (line.isEmpty() || line.get().arrived().isBefore(promptedAt)) {
      return;
    }
    String word = narrator.messages().text("terminal.confirm.word");
    if (line.get().text().trim().toLowerCase(Locale.ROOT).equals(word)) {
      Instant from = Instant.now();
      page.clickSend();
      clicks.add(new ToolClick(from, Instant.now()));
    } else {
      narrator.say("terminal.confirm.again");
    }
  }
}
