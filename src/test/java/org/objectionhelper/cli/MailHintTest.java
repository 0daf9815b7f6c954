package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.i18n.Messages;

/** The end of file and assist: look for Meta's e-mail, save it, add it. */
class MailHintTest {
  private final StringWriter out = new StringWriter();

  private void tell(Language language, Outcome... outcomes) {
    MailHint.tell(
        new Narrator(Messages.of(language), new PrintWriter(out, true)), List.of(outcomes));
  }

  @Test
  void afterASentObjectionTellsHowToSaveTheMailAndAddIt() {
    Path folder = Path.of("/proof/2026-11-23T10-15-02Z_instagram");
    tell(Language.EN, new Outcome(Platform.INSTAGRAM, ExitCode.OK, "sent", Optional.of(folder)));

    String said = out.toString();
    assertTrue(said.contains("We will honour your objection"), said);
    assertTrue(
        said.contains("Thunderbird, Apple Mail: open the e-mail, File > Save As (.eml)"), said);
    assertTrue(said.contains("\"Show original\""), said);
    assertTrue(
        said.contains("objection add-mail " + folder.toAbsolutePath() + " <saved e-mail>.eml"),
        said);
  }

  @Test
  void speaksGerman() {
    tell(
        Language.DE,
        new Outcome(Platform.FACEBOOK, ExitCode.OK, "sent", Optional.of(Path.of("/proof/x"))));

    assertTrue(
        out.toString().contains("Wir werden deinen Widerspruch berücksichtigen"), out.toString());
    assertTrue(out.toString().contains("Datei > Speichern unter"), out.toString());
  }

  @Test
  void saysNothingWhenNothingWasSent() {
    tell(
        Language.EN,
        new Outcome(
            Platform.FACEBOOK, ExitCode.NOT_SENT, "closed", Optional.of(Path.of("/proof/x"))));

    assertEquals("", out.toString());
  }
}
