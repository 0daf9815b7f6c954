package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A German Windows console (code page 850) on a system whose default charset is another. */
class ConsoleInputTest {
  private static final Charset CP850 = Charset.forName("IBM850");

  @Test
  void decodesWhatAWindowsConsoleSendsInItsOwnCodePage() throws Exception {
    byte[] typed = "Ich möchte das nicht. zurück\n".getBytes(CP850);
    Charset charset = ConsoleInput.charset(Optional.of(CP850), StandardCharsets.UTF_8);

    assertEquals("Ich möchte das nicht. zurück", ConsoleInput.reader(new ByteArrayInputStream(typed), charset).readLine());
    assertEquals(CP850, charset);
  }

  @Test
  void withoutAConsoleTakesTheDefault() {
    assertEquals(StandardCharsets.UTF_8, ConsoleInput.charset(Optional.empty(), StandardCharsets.UTF_8));
  }
}
