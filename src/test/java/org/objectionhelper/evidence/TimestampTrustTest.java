package org.objectionhelper.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.objectionhelper.evidence.Samples.bytes;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Platform;

/**
 * Whether a timestamp's authority deserves trust: the system's trust store, a file the person
 * names, or neither.
 */
class TimestampTrustTest {
  @TempDir Path root;

  private TestTsa tsa;
  private Path token;

  @BeforeEach
  void stamp() throws Exception {
    tsa = new TestTsa();
    EvidenceFolder folder = EvidenceFolder.create(root, Platform.INSTAGRAM, Samples.STARTED);
    folder.write("02-confirmation.png", bytes("confirmation"));
    new ManifestWriter(Samples.TOOL).write(folder, Samples.confirmed());
    new TimestampAuthority(tsa.url()).stamp(folder);
    token = folder.path().resolve(TimestampAuthority.TOKEN_FILE_NAME);
  }

  @AfterEach
  void stopTsa() {
    tsa.close();
  }

  @Test
  void anAuthorityNobodyVouchesForIsNotTrustedAndNamed() {
    TimestampTrust trust = TimestampTrust.judge(token, List.of()).orElseThrow();

    assertEquals(TimestampTrust.Verdict.NOT_TRUSTED, trust.verdict());
    assertEquals(TestTsa.SUBJECT, trust.authority());
  }

  @Test
  void anAuthorityInTheNamedFileIsTrustedByThatFile() throws Exception {
    Path pem = root.resolve("tsa.pem");
    Files.writeString(pem, tsa.certificatePem());

    TimestampTrust trust = TimestampTrust.judge(token, TrustedCertificates.in(pem)).orElseThrow();

    assertEquals(TimestampTrust.Verdict.NAMED_FILE, trust.verdict());
  }

  @Test
  void anAuthorityInTheSystemTrustStoreIsTrustedByIt() throws Exception {
    Path store = root.resolve("cacerts.jks");
    KeyStore keys = KeyStore.getInstance("JKS");
    keys.load(null, null);
    keys.setCertificateEntry("test-tsa", tsa.certificate());
    try (OutputStream out = Files.newOutputStream(store)) {
      keys.store(out, "changeit".toCharArray());
    }
    String before = System.getProperty("javax.net.ssl.trustStore");
    System.setProperty("javax.net.ssl.trustStore", store.toString());
    try {
      assertEquals(
          TimestampTrust.Verdict.SYSTEM,
          TimestampTrust.judge(token, List.of()).orElseThrow().verdict());
    } finally {
      if (before == null) {
        System.clearProperty("javax.net.ssl.trustStore");
      } else {
        System.setProperty("javax.net.ssl.trustStore", before);
      }
    }
  }

  @Test
  void aFileWithoutCertificatesIsRefused() throws Exception {
    Path notACertificate = Files.writeString(root.resolve("notes.txt"), "hello");

    assertThrows(CertificateException.class, () -> TrustedCertificates.in(notACertificate));
  }
}
