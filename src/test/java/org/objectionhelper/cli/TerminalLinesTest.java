package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What was typed before a question is thrown away, on a terminal as much as from a pipe. */
class TerminalLinesTest {

  /** A terminal: it tells what waits in it, but cannot seek past it. */
  private static InputStream terminal(String typed) {
    return new FilterInputStream(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8))) {
      @Override
      public long skip(long n) throws IOException {
        throw new IOException("Illegal seek");
      }
    };
  }

  @Test
  void discardsWhatWasTypedAheadOnATerminalThatCannotSeek() {
    TerminalLines lines =
        TerminalLines.of(
            terminal("senden\nja\n" + "x".repeat(10_000) + "\n"), StandardCharsets.UTF_8);

    lines.discardTypedAhead();

    assertEquals(Optional.empty(), lines.next(Duration.ofSeconds(5)));
  }

  @Test
  void findsNothingToDiscardInAnInputThatCannotSayWhatWaits() {
    InputStream silent =
        new FilterInputStream(new ByteArrayInputStream("ja\n".getBytes(StandardCharsets.UTF_8))) {
          @Override
          public int available() throws IOException {
            throw new IOException("Illegal seek");
          }
        };
    TerminalLines lines = TerminalLines.of(silent, StandardCharsets.UTF_8);

    lines.discardTypedAhead();

    assertEquals(Optional.of("ja"), lines.next(Duration.ofSeconds(5)));
  }
}
