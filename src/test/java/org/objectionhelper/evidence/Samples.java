package org.objectionhelper.evidence;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;

/** Values the evidence tests share: runs as the flow would hand them over, and a known hash. */
final class Samples {

  /** SHA-256 of "abc", from FIPS 180-2 appendix B.1: computed independently of this code. */
  static final String SHA256_OF_ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  static final Tool TOOL = new Tool("objection-helper", "0.1.0");
  static final Instant STARTED = Instant.parse("2026-11-23T10:15:02Z");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private Samples() {}

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static Run confirmed() {
    Map<String, String> entered = new LinkedHashMap<>();
    entered.put("email", "person@example.org");
    entered.put("reason", "Ich widerspreche.");
    return new Run(
        Platform.INSTAGRAM,
        Language.DE,
        Completion.completed(),
        URI.create("https://help.instagram.com/contact/767264225370182"),
        URI.create("https://help.instagram.com/contact/767264225370182?done=1"),
        "Einspruch/Widerspruch gegen die Verwendung deiner Informationen für KI bei Meta",
        "Wir werden deinen Widerspruch berücksichtigen",
        Moment.of(STARTED, BERLIN),
        Moment.of(STARTED.plusSeconds(60), BERLIN),
        Moment.of(STARTED.plusSeconds(62), BERLIN),
        entered,
        "Chrome 142.0.7444.59",
        "chromedriver 142.0.7444.59",
        "Linux 6.1 amd64, Java 17",
        "the person ran: objection file",
        Map.of("01-form-filled.png", "shows the tool's highlight"),
        List.of(new EvidenceFile("antwort.png", SHA256_OF_ABC, 3)),
        entered,
        SentBy.PERSON);
  }

  static Run abortedBeforeSend(String reason) {
    return new Run(
        Platform.FACEBOOK,
        Language.EN,
        Completion.incomplete(reason),
        URI.create("https://www.facebook.com/help/contact/712876720715583"),
        null,
        null,
        null,
        Moment.of(STARTED, BERLIN),
        null,
        null,
        Map.of(),
        null,
        null,
        "Linux 6.1 amd64, Java 17",
        "the person ran: objection file",
        Map.of(),
        List.of(),
        null,
        null);
  }
}
