package org.objectionhelper.replica;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultipartTest {
  private static final String TYPE = "multipart/form-data; boundary=----WebKitFormBoundaryx7Q";

  /** Bytes that look like the format's own separators must come through untouched. */
  private static final byte[] AWKWARD = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', '-', '-', '\r', '\n', '\r', '\n', 0, (byte) 0xff
  };

  private static byte[] body(byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("------WebKitFormBoundaryx7Q\r\nContent-Disposition: form-data; name=\"Field1\"\r\n\r\n"
                + "Größe\r\nzweite Zeile\r\n"
                + "------WebKitFormBoundaryx7Q\r\nContent-Disposition: form-data; name=\"Field2\";"
                + " filename=\"antwort.png\"\r\nContent-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    out.writeBytes("\r\n------WebKitFormBoundaryx7Q--\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void readsTextFieldsAndFilesExactlyAsSent() {
    List<Multipart.Part> parts = Multipart.parse(TYPE, body(AWKWARD));

    assertEquals(2, parts.size());
    assertEquals("Field1", parts.get(0).name());
    assertEquals(Optional.empty(), parts.get(0).fileName());
    assertEquals("Größe\r\nzweite Zeile", parts.get(0).text());
    assertEquals("Field2", parts.get(1).name());
    assertEquals(Optional.of("antwort.png"), parts.get(1).fileName());
    assertEquals("image/png", parts.get(1).contentType());
    assertArrayEquals(AWKWARD, parts.get(1).content());
  }

  @Test
  void refusesABodyCutShortOrWithoutBoundary() {
    byte[] whole = body(AWKWARD);
    byte[] truncated = Arrays.copyOf(whole, whole.length - 40);

    assertThrows(IllegalArgumentException.class, () -> Multipart.parse(TYPE, truncated));
    assertThrows(
        IllegalArgumentException.class, () -> Multipart.parse("multipart/form-data", whole));
  }
}
