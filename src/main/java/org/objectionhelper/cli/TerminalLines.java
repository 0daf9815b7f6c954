package org.objectionhelper.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The lines the person types in the terminal, read on a background thread so that the flow keeps
 * watching the browser meanwhile. One per input: the confirmation word and the questions at the end
 * of a run read the same lines, never two readers the same stream.
 */
final class TerminalLines {
  /** A line as it arrived. */
  record Line(String text, Instant arrived) {}

  /** Put in the queue once the input ends (Ctrl-D, a closed pipe). */
  private static final Line END = new Line("", Instant.MAX);

  private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
  private final BufferedReader input;

  /** The stream under {@link #input}, where typed-ahead bytes can be discarded; else null. */
  private final InputStream raw;

  private Thread reader;
  private volatile boolean ended;

  private TerminalLines(BufferedReader input, InputStream raw) {
    this.input = input;
    this.raw = raw;
  }

  static TerminalLines of(InputStream input, Charset charset) {
    return new TerminalLines(new BufferedReader(new InputStreamReader(input, charset)), input);
  }

  /** Lines from a reader that no one else reads any more (a dialogue's, once it is over). */
  static TerminalLines of(BufferedReader input) {
    return new TerminalLines(input, null);
  }

  /** Throws away what waits unread from before now, in the stream and in the queue. */
  void discardTypedAhead() {
    lines.clear();
    if (ended) {
      lines.add(END);
    }
    if (reader != null || raw == null) {
      return;
    }
    // Read, not skipped: skipping seeks, and a terminal cannot seek ("Illegal seek").
    byte[] discarded = new byte[4096];
    try {
      for (int waiting = raw.available(); waiting > 0; waiting = raw.available()) {
        if (raw.read(discarded, 0, Math.min(waiting, discarded.length)) < 0) {
          return;
        }
      }
    } catch (IOException unreadable) {
      // an input that cannot say what waits in it has nothing to discard
    }
  }

  /** The next line, if one has arrived; never waits. */
  Optional<Line> poll() {
    startReading();
    Line line = lines.poll();
    if (line == END) {
      lines.add(END);
      return Optional.empty();
    }
    return Optional.ofNullable(line);
  }

  /** Waits up to {@code timeout} for the next line; empty then, or once the input has ended. */
  Optional<String> next(Duration timeout) {
    startReading();
    try {
      Line line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (line == null) {
        return Optional.empty();
      }
      if (line == END) {
        lines.add(END);
        return Optional.empty();
      }
      return Optional.of(line.text());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private synchronized void startReading() {
    if (reader != null) {
      return;
    }
    reader = new Thread(this::readLines, "objection-helper-terminal");
    reader.setDaemon(true);
    reader.start();
  }

  private void readLines() {
    try (input) {
      for (String line = input.readLine(); line != null; line = input.readLine()) {
        lines.add(new Line(line, Instant.now()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      ended = true;
      lines.add(END);
    }
  }
}
