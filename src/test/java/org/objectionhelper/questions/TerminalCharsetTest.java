package org.objectionhelper.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Windows console's code page (cp850 in Germany, cp437 in the US), simulated with real bytes in
 * IBM850/IBM437: what is typed arrives intact, and what is printed shows, where the system's
 * charset is windows-1252.
 */
class TerminalCharsetTest {
  private static final Charset WINDOWS = Charset.forName("windows-1252");

  private static String typed(String text, Charset console, Charset readWith) throws IOException {
    byte[] keys = (text + "\r\n").getBytes(console);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(new ByteArrayInputStream(keys), readWith))) {
      return reader.readLine();
    }
  }

  private static byte[] printed(String text, Charset charset) {
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    PrintWriter writer = NearestCharacters.printWriter(terminal, charset);
    writer.print(text);
    writer.flush();
    return terminal.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"IBM850", "IBM437"})
  void whatIsTypedOnAWindowsConsoleIsReadInItsCodePage(String codePage) throws IOException {
    Charset console = Charset.forName(codePage);
    Charset input =
        TerminalCharset.of(Optional.of(console), Optional.of("cp1252"), WINDOWS).input();

    assertEquals(console, input);
    assertEquals("möchte", typed("möchte", console, input));
    assertEquals("zurück", typed("zurück", console, input));
    // What the system's charset would have made of it: the fault this choice mends.
    assertEquals("m”chte", typed("möchte", console, WINDOWS));
  }

  @Test
  void withoutAConsoleInputIsReadInTheSystemsCharsetAndOutputInTheOneNotedForStdout() {
    TerminalCharset piped = TerminalCharset.of(Optional.empty(), Optional.of("cp850"), WINDOWS);

    assertEquals(WINDOWS, piped.input());
    assertEquals(Charset.forName("IBM850"), piped.output());
  }

  @Test
  void aStdoutEncodingTheJvmCannotUseFallsBackToTheSystemsCharset() {
    assertEquals(
        WINDOWS, TerminalCharset.of(Optional.empty(), Optional.of("x-no-such"), WINDOWS).output());
    assertEquals(
        WINDOWS, TerminalCharset.of(Optional.empty(), Optional.of("not a name"), WINDOWS).output());
    assertEquals(WINDOWS, TerminalCharset.of(Optional.empty(), Optional.empty(), WINDOWS).output());
  }

  @Test
  void theConsolesCharsetIsAlsoTheOneOutputIsWrittenIn() {
    Charset console = Charset.forName("IBM437");

    assertEquals(
        console, TerminalCharset.of(Optional.of(console), Optional.of("UTF-8"), WINDOWS).output());
  }

  @ParameterizedTest
  @ValueSource(strings = {"IBM850", "IBM437"})
  void germanQuotesACodePageLacksArePrintedAsTheNearestItHas(String codePage) {
    Charset console = Charset.forName(codePage);
    String shown =
        new String(printed("Klicke „Senden“ – oder ‚nein‘ … ich möchte ✓", console), console);

    assertEquals("Klicke \"Senden\" - oder 'nein' ... ich möchte ?", shown);
  }

  @Test
  void aCharsetThatHasTheQuotesPrintsThemAsTheyAre() {
    String text = "Klicke „Senden“ – „möchte“ …";

    assertEquals(text, new String(printed(text, WINDOWS), WINDOWS));
    assertEquals(text, new String(printed(text, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }
}
