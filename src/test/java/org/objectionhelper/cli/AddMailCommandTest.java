package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.Completion;
import org.objectionhelper.evidence.EvidenceFolder;
import org.objectionhelper.evidence.ManifestWriter;
import org.objectionhelper.evidence.Moment;
import org.objectionhelper.evidence.Run;
import org.objectionhelper.evidence.Tool;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.mail.SignedMail;
import picocli.CommandLine;

/**
 * {@code objection add-mail DIR MESSAGE}: the mail checked, kept as an addendum, and verify follows
 * the chain.
 */
class AddMailCommandTest {
  @TempDir Path root;

  private Path folder;
  private Path keyRecord;
  private final SignedMail mail = SignedMail.withTestKey();
  private final StringWriter out = new StringWriter();

  @BeforeEach
  void sealABundleAndKeepTheTestKey() throws IOException {
    EvidenceFolder evidence =
        EvidenceFolder.create(root, Platform.FACEBOOK, Instant.parse("2026-11-23T10:15:02Z"));
    evidence.write("02-confirmation.png", "confirmation".getBytes(StandardCharsets.UTF_8));
    new ManifestWriter(new Tool("objection-helper", "test")).write(evidence, sampleRun());
    folder = evidence.path();
    keyRecord = Files.writeString(root.resolve("key.txt"), mail.keyRecord());
  }

  @Test
  void keepsASignedConfirmationCheckedWithASuppliedKeyAsNotMetasPublishedKey() throws IOException {
    Path eml = Files.writeString(root.resolve("meta.eml"), mail.signed());

    assertEquals(0, addMail("en", eml));

    String report = out.toString();
    assertTrue(
        report.contains(
            "DKIM: the signature of facebookmail.com holds, checked against the key you supplied,"
                + " not Meta's published key"),
        report);
    assertTrue(report.contains("which you supplied: not Meta's published key"), report);
    assertFalse(report.contains("Meta's confirmation in the e-mail"), report);
    assertTrue(
        report.contains(
            "The e-mail reads like Meta's confirmation, but nothing proves that Meta wrote it:"
                + " \"Wir werden deinen Widerspruch berücksichtigen.\""),
        report);
    assertTrue(report.contains("kept in: " + folder.resolve("addenda/01")), report);
    String manifest = Files.readString(folder.resolve("addenda/01/manifest.json"));
    assertTrue(manifest.contains("\"dkim.signer\" : \"supplied-key\""), manifest);
    assertTrue(manifest.contains("\"dkim.key.origin\" : \"supplied\""), manifest);
    String receipt = Files.readString(folder.resolve("addenda/01/receipt.html"));
    assertTrue(
        receipt.contains("checked against the key you supplied, not Meta&#39;s published key"),
        receipt);
    assertEquals(mail.signed(), Files.readString(folder.resolve("addenda/01/mail.eml")));
    assertEquals(
        mail.keyRecord() + "\n", Files.readString(folder.resolve("addenda/01/dkim-key.txt")));
  }

  @Test
  void keepsATamperedMailAndSaysTheSignatureDoesNotHold() throws IOException {
    Path eml = tamperedMail();

    assertEquals(0, addMail("en", eml));

    assertTrue(
        out.toString()
            .contains(
                "DKIM: the signature does NOT hold (the text of the e-mail is not the one that was"
                    + " signed)."),
        out.toString());
    assertTrue(Files.isRegularFile(folder.resolve("addenda/01/mail.eml")));
  }

  /** jDKIM says why in English; the German report says it in German, and so does verify. */
  @Test
  void saysInGermanWhyTheSignatureDoesNotHoldAndVerifyRepeatsItInGerman() throws IOException {
    Path eml = tamperedMail();

    assertEquals(0, addMail("de", eml));
    assertEquals(0, run("verify", "--lang", "de", folder.toString()));

    String report = out.toString();
    assertTrue(
        report.contains(
            "DKIM: Die Signatur ist NICHT gültig (der Text der E-Mail ist nicht mehr der"
                + " signierte)."),
        report);
    assertTrue(report.contains("addenda/01 (E-Mail, DKIM NICHT gültig, hinzugefügt "), report);
    String receipt = Files.readString(folder.resolve("addenda/01/receipt.html"));
    assertTrue(receipt.contains("NICHT gültig"), receipt);
    assertFalse(report.toLowerCase(Locale.ROOT).contains("bodyhash"), report);
    assertFalse(report.contains(" fail"), report);
  }

  @Test
  void verifyPrintsEachAddendumAndFailsWhenOneIsChanged() throws IOException {
    Path eml = Files.writeString(root.resolve("meta.eml"), mail.signed());
    addMail("en", eml);
    out.getBuffer().setLength(0);

    assertEquals(0, run("verify", "--lang", "en", folder.toString()));
    assertTrue(out.toString().contains("addenda/01 (e-mail, DKIM holds, added "), out.toString());
    assertTrue(out.toString().contains("ok                 addenda/01/mail.eml"), out.toString());
    assertTrue(
        out.toString().contains("The chain holds: the addendum names the manifest before it"),
        out.toString());

    Files.writeString(folder.resolve("addenda/01/mail.eml"), "changed");
    out.getBuffer().setLength(0);
    assertEquals(
        ExitCode.EVIDENCE_INVALID.code(), run("verify", "--lang", "en", folder.toString()));
    assertTrue(out.toString().contains("CHANGED            addenda/01/mail.eml"), out.toString());
    assertTrue(out.toString().contains("the chain of its addenda is broken"), out.toString());
    assertFalse(out.toString().contains("The chain holds"), out.toString());
  }

  @Test
  void verifySaysInGermanWhereTheChainBreaks() throws IOException {
    Path eml = Files.writeString(root.resolve("meta.eml"), mail.signed());
    addMail("de", eml);
    addMail("de", eml);
    Path first = folder.resolve("addenda/01/manifest.json");
    Files.writeString(first, Files.readString(first).replace("\"pass\"", "\"fail\""));
    out.getBuffer().setLength(0);

    assertEquals(
        ExitCode.EVIDENCE_INVALID.code(), run("verify", "--lang", "de", folder.toString()));
    assertTrue(
        out.toString().contains("addenda/02 (E-Mail, DKIM gültig, hinzugefügt "), out.toString());
    assertTrue(
        out.toString()
            .contains(
                "GEBROCHEN: addenda/01/manifest.json ist nicht mehr das Manifest, auf das er folgte"),
        out.toString());
  }

  @Test
  void saysInGermanThatASuppliedKeyIsNotMetas() throws IOException {
    Path eml = Files.writeString(root.resolve("meta.eml"), mail.signed());

    assertEquals(0, addMail("de", eml));

    assertTrue(
        out.toString()
            .contains(
                "geprüft mit dem Schlüssel, den du angegeben hast, nicht mit Metas"
                    + " veröffentlichtem Schlüssel"),
        out.toString());
    assertFalse(out.toString().contains("Metas Bestätigung in der E-Mail"), out.toString());
  }

  @Test
  void aMailSignedByAnotherDomainThanItsSenderIsNotSignedByMeta() throws IOException {
    Path eml =
        Files.writeString(
            root.resolve("forged.eml"), mail.signed("evil.example", "security@facebookmail.com"));

    assertEquals(0, addMail("en", eml));

    String report = out.toString();
    assertTrue(
        report.contains(
            "but it is by evil.example, not by Meta's mail domain of the sender's address: this"
                + " e-mail is not signed by Meta"),
        report);
    assertFalse(report.contains("Meta's confirmation in the e-mail"), report);
    assertTrue(
        Files.readString(folder.resolve("addenda/01/manifest.json"))
            .contains("\"dkim.signer\" : \"not-meta\""));
  }

  @Test
  void aMailOfTwentyThousandNestedPartsIsBadInputAndAddsNothing() throws IOException {
    Path eml = Files.writeString(root.resolve("deep.eml"), SignedMail.nested(20_000));

    assertEquals(ExitCode.BAD_INPUT.code(), addMail("en", eml));

    assertTrue(
        out.toString().contains("its parts are nested more than 100 deep, which no real e-mail is"),
        out.toString());
    assertFalse(Files.exists(folder.resolve("addenda")));
  }

  @Test
  void aFileWithOnlyADateIsRefusedForItsMissingSender() throws IOException {
    Path eml =
        Files.writeString(
            root.resolve("date.eml"), "Date: Mon, 23 Nov 2026 10:17:44 +0000\r\n\r\n");

    assertEquals(ExitCode.BAD_INPUT.code(), addMail("en", eml));

    assertTrue(
        out.toString()
            .contains("does not look like an e-mail saved as .eml: it has no sender (From)"),
        out.toString());
    assertFalse(Files.exists(folder.resolve("addenda")));
  }

  @Test
  void verifyChecksTheKeptMailAgainAndFailsAManifestEditedToSayItHolds() throws IOException {
    addTamperedMailWithItsManifestEditedToSayItHolds();

    assertEquals(
        ExitCode.EVIDENCE_INVALID.code(), run("verify", "--lang", "en", folder.toString()));

    String report = out.toString();
    assertTrue(report.contains("addenda/01 (e-mail, DKIM does NOT hold, added "), report);
    assertTrue(
        report.contains(
            "BROKEN: its manifest records DKIM \"holds; not proven: no signature holds\", but the"
                + " e-mail, checked again against the key kept with it, gives \"does NOT hold;"),
        report);
    assertFalse(report.contains("The chain holds"), report);
  }

  @Test
  void verifySaysAMailCheckedWithASuppliedKeyIsNotProvenMetas() throws IOException {
    addMail("de", Files.writeString(root.resolve("meta.eml"), mail.signed()));
    out.getBuffer().setLength(0);

    assertEquals(0, run("verify", "--lang", "de", folder.toString()));

    assertTrue(
        out.toString()
            .contains(
                "addenda/01: Die Signatur wurde mit dem Schlüssel geprüft, den du angegeben hast,"
                    + " nicht mit Metas veröffentlichtem Schlüssel"),
        out.toString());
  }

  @Test
  void aFolderThatIsNoEvidenceFolderIsBadInputAndGetsNothing() throws IOException {
    Path plain = Files.createDirectories(root.resolve("plain"));
    Path eml = Files.writeString(root.resolve("meta.eml"), mail.signed());

    assertEquals(
        ExitCode.BAD_INPUT.code(),
        run("add-mail", "--lang", "en", plain.toString(), eml.toString()));

    assertTrue(
        out.toString().contains(plain + " is not an evidence folder: it has no manifest.json"),
        out.toString());
    assertFalse(Files.exists(plain.resolve("addenda")));
  }

  @Test
  void aFolderThatFailsVerifyIsRefusedWithWhatIsBroken() throws IOException {
    Files.writeString(folder.resolve("02-confirmation.png"), "changed");
    Path eml = Files.writeString(root.resolve("meta.eml"), mail.signed());

    assertEquals(ExitCode.BAD_INPUT.code(), addMail("en", eml));

    assertTrue(
        out.toString()
            .contains(
                "Nothing was added: the evidence folder "
                    + folder
                    + " does not pass verify (CHANGED 02-confirmation.png)"),
        out.toString());
    assertFalse(Files.exists(folder.resolve("addenda")));
  }

  @Test
  void aFolderWhoseKeptMailContradictsItsManifestIsRefused() throws IOException {
    addTamperedMailWithItsManifestEditedToSayItHolds();

    assertEquals(
        ExitCode.BAD_INPUT.code(),
        addMail("en", Files.writeString(root.resolve("again.eml"), mail.signed())));

    assertTrue(
        out.toString()
            .contains(
                "addenda/01: its manifest records another DKIM result than its e-mail gives when"
                    + " checked again"),
        out.toString());
    assertFalse(Files.exists(folder.resolve("addenda/02")));
  }

  @Test
  void aMissingMessageIsBadInput() {
    assertEquals(
        ExitCode.BAD_INPUT.code(),
        run("add-mail", "--lang", "en", folder.toString(), root.resolve("none.eml").toString()));
    assertTrue(out.toString().contains("cannot be read as an e-mail"), out.toString());
    assertFalse(Files.exists(folder.resolve("addenda")));
  }

  @Test
  void aFileThatIsNoMailIsBadInputAndAddsNothing() throws IOException {
    Path msg =
        Files.write(
            root.resolve("outlook.msg"),
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 1, 2, 3});

    assertEquals(
        ExitCode.BAD_INPUT.code(),
        run("add-mail", "--lang", "en", folder.toString(), msg.toString()));
    assertTrue(
        out.toString().contains("does not look like an e-mail saved as .eml"), out.toString());
    assertFalse(Files.exists(folder.resolve("addenda")));
  }

  @Test
  void reportsInGerman() throws IOException {
    Path eml = Files.writeString(root.resolve("meta.eml"), SignedMail.unsigned());

    assertEquals(0, addMail("de", eml));
    assertTrue(out.toString().contains("DKIM: Diese E-Mail trägt keine Signatur"), out.toString());
  }

  /** A tampered mail added, then its addendum's manifest edited to say its signature holds. */
  private void addTamperedMailWithItsManifestEditedToSayItHolds() throws IOException {
    addMail("en", tamperedMail());
    Path manifest = folder.resolve("addenda/01/manifest.json");
    Files.writeString(
        manifest, Files.readString(manifest).replace("\"dkim\" : \"fail\"", "\"dkim\" : \"pass\""));
    out.getBuffer().setLength(0);
  }

  /** Meta's signed mail with its text changed after signing. */
  private Path tamperedMail() throws IOException {
    return Files.writeString(
        root.resolve("meta.eml"),
        mail.signed().replace("Wir werden deinen", "Wir werden deinen nicht"));
  }

  static Run sampleRun() {
    return sampleRun(Completion.completed());
  }

  /** A run on Facebook's form as the flow hands it over, ended as {@code completion} says. */
  static Run sampleRun(Completion completion) {
    return new Run(
        Platform.FACEBOOK,
        Language.EN,
        completion,
        URI.create("https://www.facebook.com/help/contact/712876720715583"),
        null,
        null,
        "We will review your objection",
        Moment.of(Instant.parse("2026-11-23T10:15:02Z"), ZoneId.of("Europe/Berlin")),
        null,
        null,
        Map.of(),
        null,
        null,
        "Linux",
        "test",
        Map.of(),
        List.of(),
        null,
        null);
  }

  /** add-mail with the test's key record, as a person would run it with a key kept earlier. */
  private int addMail(String lang, Path eml) {
    return run(
        "add-mail",
        "--lang",
        lang,
        "--key-record",
        keyRecord.toString(),
        folder.toString(),
        eml.toString());
  }

  private int run(String... args) {
    CommandLine line = ObjectionCommand.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(out, true));
    return line.execute(args);
  }
}
