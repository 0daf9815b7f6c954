package org.objectionhelper.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectionhelper.evidence.Samples.bytes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Platform;

class TimestampTest {

  @TempDir Path root;

  private TestTsa tsa;
  private EvidenceFolder folder;

  @BeforeEach
  void writeFolderWithManifest() throws Exception {
    tsa = new TestTsa();
    folder = EvidenceFolder.create(root, Platform.INSTAGRAM, Samples.STARTED);
    folder.write("02-confirmation.png", bytes("confirmation"));
    new ManifestWriter(Samples.TOOL).write(folder, Samples.confirmed());
  }

  @AfterEach
  void stopTsa() {
    tsa.close();
  }

  @Test
  void tokenFromTheAuthorityVerifiesAgainstTheManifestAndNamesTheAuthority() {
    new TimestampAuthority(tsa.url()).stamp(folder);

    Verification verification = new EvidenceVerifier().verify(folder.path());

    assertTrue(verification.isIntact(), verification.toString());
    TimestampCheck timestamp = verification.timestamp().orElseThrow();
    assertTrue(timestamp.valid(), timestamp.detail());
    assertTrue(timestamp.detail().contains(TestTsa.SUBJECT), timestamp.detail());
    assertTrue(
        verification.files().stream().allMatch(FileCheck::isOk),
        "the token is known, not 'not listed'");
  }

  @Test
  void tokenOverAChangedManifestFails() throws IOException {
    new TimestampAuthority(tsa.url()).stamp(folder);
    Path manifest = folder.path().resolve(Manifest.FILE_NAME);
    String json = Files.readString(manifest, StandardCharsets.UTF_8);
    Files.writeString(
        manifest, json.replace("person@example.org", "other@example.org"), StandardCharsets.UTF_8);

    Verification verification = new EvidenceVerifier().verify(folder.path());

    assertFalse(verification.isIntact());
    TimestampCheck timestamp = verification.timestamp().orElseThrow();
    assertFalse(timestamp.valid());
    assertEquals(TimestampCheck.Verdict.OTHER_CONTENT, timestamp.verdict());
  }

  @Test
  void aTokenThatIsNotOneFails() throws IOException {
    Files.write(folder.path().resolve(TimestampAuthority.TOKEN_FILE_NAME), bytes("not a token"));

    TimestampCheck timestamp =
        new EvidenceVerifier().verify(folder.path()).timestamp().orElseThrow();

    assertEquals(TimestampCheck.Verdict.NOT_A_TOKEN, timestamp.verdict());
  }

  @Test
  void anAuthorityThatFailsLeavesNoTokenAndSaysWhy() {
    tsa.failing = true;

    TimestampException e =
        assertThrows(
            TimestampException.class, () -> new TimestampAuthority(tsa.url()).stamp(folder));

    assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
    assertFalse(Files.exists(folder.path().resolve(TimestampAuthority.TOKEN_FILE_NAME)));
    assertEquals(2, folder.files().size(), "only the screenshot and the manifest");
  }
}
