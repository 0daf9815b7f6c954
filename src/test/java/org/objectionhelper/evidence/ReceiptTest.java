package org.objectionhelper.evidence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectionhelper.evidence.Samples.bytes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.i18n.Messages;

class ReceiptTest {

  @TempDir Path root;

  private EvidenceFolder folder;

  @BeforeEach
  void writeScreenshots() {
    folder = EvidenceFolder.create(root, Platform.INSTAGRAM, Samples.STARTED);
    folder.write(Bundle.FORM_FILLED, bytes("form png"));
    folder.write(Bundle.CONFIRMATION, bytes("confirmation png"));
  }

  @Test
  void namesPlatformDateReasonAndConfirmationInGerman() throws IOException {
    String html = written(Language.DE, Samples.confirmed());

    assertTrue(html.contains("<html lang=\"de\">"), html);
    assertTrue(html.contains("Instagram hat den Widerspruch am 23. November 2026, 11:16:04"), html);
    assertTrue(html.contains("Europe/Berlin; 2026-11-23T10:16:04Z UTC"), html);
    assertTrue(html.contains("Ich widerspreche."), html);
    assertTrue(html.contains("Wir werden deinen Widerspruch berücksichtigen"), html);
    assertTrue(html.contains("So lassen sich diese Dateien prüfen"), html);
  }

  @Test
  void speaksEnglishForAnEnglishRun() throws IOException {
    String html = written(Language.EN, Samples.confirmed());

    assertTrue(
        html.contains("Instagram confirmed the objection on 23 November 2026, 11:16:04"), html);
    assertTrue(html.contains("How to check these files"), html);
  }

  @Test
  void saysWhatEachScreenshotShowsToThoseWhoCannotSeeIt() throws IOException {
    String html = written(Language.DE, Samples.confirmed());

    assertTrue(html.contains("<img alt=\"Bildschirmfoto des ausgefüllten Formulars\""), html);
    assertTrue(html.contains("<img alt=\"Bildschirmfoto von Metas Bestätigung\""), html);
  }

  @Test
  void embedsTheScreenshotsSoThatTheReceiptTravelsAlone() throws IOException {
    String html = written(Language.EN, Samples.confirmed());

    assertTrue(
        html.contains(
            "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes("form png"))),
        html);
    assertTrue(
        html.contains(
            "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(bytes("confirmation png"))),
        html);
  }

  @Test
  void listsEveryEarlierFileInTheFormSha256sumChecks() throws IOException {
    String html = written(Language.EN, Samples.confirmed());

    for (EvidenceFile file : folder.files().subList(0, 2)) {
      assertTrue(html.contains(file.sha256() + "  " + file.name()), html);
    }
  }

  @Test
  void escapesEveryValueFromTheRun() throws IOException {
    Run confirmed = Samples.confirmed();
    Map<String, String> entered = new LinkedHashMap<>(confirmed.enteredValues());
    entered.put("reason", "<script>alert(1)</script> & \"quoted\"");
    Run hostile =
        new Run(
            confirmed.platform(),
            confirmed.language(),
            confirmed.completion(),
            confirmed.formUrl(),
            confirmed.finalUrl(),
            "<b>title</b>",
            confirmed.confirmationText(),
            confirmed.started(),
            confirmed.submitted(),
            confirmed.confirmed(),
            entered,
            confirmed.browserVersion(),
            confirmed.driverVersion(),
            confirmed.operatingSystem(),
            confirmed.consent(),
            confirmed.notes(),
            confirmed.attachments(),
            confirmed.sentValues(),
            confirmed.sentBy());

    String html = written(Language.EN, hostile);

    assertFalse(html.contains("<script>"), html);
    assertFalse(html.contains("<b>title"), html);
    assertTrue(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"), html);
  }

  @Test
  void saysWhyAnIncompleteRunStopped() throws IOException {
    String html =
        written(Language.EN, Samples.abortedBeforeSend("REVIEW: NOT_SENT (Send was not clicked)"));

    assertTrue(
        html.contains("This run did not finish (REVIEW: NOT_SENT (Send was not clicked))"), html);
  }

  private String written(Language language, Run run) throws IOException {
    new Receipt(Messages.of(language)).write(folder, Samples.TOOL, run);
    return Files.readString(folder.path().resolve(Bundle.RECEIPT), StandardCharsets.UTF_8);
  }
}
