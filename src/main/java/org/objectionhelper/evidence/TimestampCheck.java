package org.objectionhelper.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.util.Collection;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.objectionhelper.files.FileKind;

/**
 * What the verifier found for the timestamp token beside the manifest.
 *
 * @param verdict whether the token covers the manifest as it is now and its signature holds, or
 *     what is wrong with it
 * @param detail when and by whom it was stamped, where the stamp holds; else empty (the library's
 *     words for what is wrong are in English only, and name its classes)
 * @param found what is there in place of the token, where it is no plain file
 */
public record TimestampCheck(Verdict verdict, String detail, FileKind found) {

  /** What the check found, for the report to say in the person's language. */
  public enum Verdict {
    VALID,
    NOT_A_TOKEN,
    OTHER_CONTENT,
    NO_SIGNER_CERTIFICATE,
    SIGNATURE_BROKEN,
    /**
     * A link, a folder, a pipe or a device where the tool writes a file: verify follows no links.
     */
    NOT_A_FILE
  }

  private TimestampCheck(Verdict verdict, String detail) {
    this(verdict, detail, FileKind.FILE);
  }

  public boolean valid() {
    return verdict == Verdict.VALID;
  }

  static TimestampCheck failed(Verdict verdict) {
    return new TimestampCheck(verdict, "");
  }

  static TimestampCheck notAFile(FileKind found) {
    return new TimestampCheck(Verdict.NOT_A_FILE, "", found);
  }

  /**
   * Checks that the token's message imprint is the SHA-256 of {@code manifest}, and that its
   * signature holds against the certificate the token carries. Whether that authority deserves
   * trust is for the reader to judge: the check names it.
   */
  static TimestampCheck of(Path token, Path manifest) throws IOException {
    TimeStampToken parsed;
    try {
      parsed = new TimeStampToken(new CMSSignedData(Files.readAllBytes(token)));
    } catch (CMSException | TSPException | IOException | IllegalArgumentException notAToken) {
      return failed(Verdict.NOT_A_TOKEN);
    }
    TimeStampTokenInfo info = parsed.getTimeStampInfo();
    if (!info.getMessageImprintAlgOID().equals(TSPAlgorithms.SHA256)
        || !MessageDigest.isEqual(
            info.getMessageImprintDigest(), Sha256.raw(Files.readAllBytes(manifest)))) {
      return failed(Verdict.OTHER_CONTENT);
    }
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> signers =
        parsed.getCertificates().getMatches(parsed.getSID());
    if (signers.isEmpty()) {
      return failed(Verdict.NO_SIGNER_CERTIFICATE);
    }
    X509CertificateHolder signer = signers.iterator().next();
    try {
      parsed.validate(
          new JcaSimpleSignerInfoVerifierBuilder()
              .build(new JcaX509CertificateConverter().getCertificate(signer)));
    } catch (TSPException | OperatorCreationException | CertificateException broken) {
      return failed(Verdict.SIGNATURE_BROKEN);
    }
    return new TimestampCheck(
        Verdict.VALID, info.getGenTime().toInstant() + ", " + signer.getSubject());
  }
}
