package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.EvidenceFolder;
import org.objectionhelper.evidence.ManifestWriter;
import org.objectionhelper.evidence.TestTsa;
import org.objectionhelper.evidence.TimestampAuthority;
import org.objectionhelper.evidence.Tool;
import org.objectionhelper.flow.ExitCode;
import picocli.CommandLine;

/**
 * {@code verify --trust FILE}: the timestamp's authority judged, and said plainly when not trusted.
 */
class VerifyTrustTest {
  @TempDir Path root;

  private TestTsa tsa;
  private Path folder;
  private final StringWriter out = new StringWriter();

  @BeforeEach
  void stampedBundle() throws Exception {
    tsa = new TestTsa();
    EvidenceFolder evidence =
        EvidenceFolder.create(root, Platform.FACEBOOK, Instant.parse("2026-11-23T10:15:02Z"));
    evidence.write("02-confirmation.png", new byte[] {1, 2, 3});
    new ManifestWriter(new Tool("objection-helper", "test"))
        .write(evidence, AddMailCommandTest.sampleRun());
    new TimestampAuthority(tsa.url()).stamp(evidence);
    folder = evidence.path();
  }

  @AfterEach
  void stopTsa() {
    tsa.close();
  }

  @Test
  void saysPlainlyThatAnUnknownAuthorityIsNotTrustedAndNamesIt() {
    assertEquals(0, run("verify", "--lang", "en", folder.toString()));

    assertTrue(
        out.toString()
            .contains(
                "NOT TRUSTED        timestamp authority  CN=objection-helper test TSA is not trusted"),
        out.toString());
  }

  @Test
  void trustsTheAuthorityInTheNamedFile() throws Exception {
    Path pem = root.resolve("tsa.pem");
    Files.writeString(pem, tsa.certificatePem());

    assertEquals(0, run("verify", "--lang", "en", "--trust", pem.toString(), folder.toString()));

    assertTrue(
        out.toString()
            .contains(
                "CN=objection-helper test TSA: trusted by the certificate file you named ("
                    + pem
                    + ")"),
        out.toString());
  }

  @Test
  void aTrustFileWithoutCertificatesIsBadInput() throws Exception {
    Path notes = Files.writeString(root.resolve("notes.txt"), "hello");

    assertEquals(
        ExitCode.BAD_INPUT.code(),
        run("verify", "--lang", "de", "--trust", notes.toString(), folder.toString()));
    assertTrue(
        out.toString().contains("Die Zertifikatsdatei " + notes + " ist nicht verwendbar"),
        out.toString());
  }

  private int run(String... args) {
    CommandLine line = ObjectionCommand.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(out, true));
    return line.execute(args);
  }
}
