package org.objectionhelper.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Whether the authority that signed a timestamp token deserves trust: its certificate, with the
 * ones the token carries, leads to a certificate this computer's trust store holds, or to one in a
 * file the person named ({@link TrustedCertificates}). Judged at the time the token names, since a
 * stamp made while the certificate was valid stays good after it expires. Revocation is not checked
 * (it needs the network).
 *
 * @param authority the signing certificate's subject, e.g. {@code CN=..., O=...}
 */
public record TimestampTrust(Verdict verdict, String authority) {

  public enum Verdict {
    SYSTEM,
    NAMED_FILE,
    NOT_TRUSTED
  }

  public boolean trusted() {
    return verdict != Verdict.NOT_TRUSTED;
  }

  /**
   * @param named certificates the person trusts beside the system's trust store
   * @return empty where {@code token} is not a timestamp token with its signer's certificate, or a
   *     link
   * @throws EvidenceException if the token cannot be read
   */
  public static Optional<TimestampTrust> judge(Path token, List<X509Certificate> named) {
    if (!Files.isRegularFile(token, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty(); // a link is no token the tool wrote, and verify follows none
    }
    TimeStampToken parsed;
    try {
      parsed = new TimeStampToken(new CMSSignedData(Files.readAllBytes(token)));
    } catch (CMSException | TSPException | IllegalArgumentException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new EvidenceException("Could not read the timestamp token " + token, e);
    }
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> carried = parsed.getCertificates().getMatches(null);
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> signers =
        parsed.getCertificates().getMatches(parsed.getSID());
    if (signers.isEmpty()) {
      return Optional.empty();
    }
    List<X509Certificate> certificates = new ArrayList<>();
    try {
      // the signer first, then whatever else the token carries (its issuers, where it has them)
      JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
      certificates.add(converter.getCertificate(signers.iterator().next()));
      for (X509CertificateHolder holder : carried) {
        X509Certificate certificate = converter.getCertificate(holder);
        if (!certificates.contains(certificate)) {
          certificates.add(certificate);
        }
      }
    } catch (CertificateException e) {
      return Optional.empty();
    }
    X509Certificate signer = certificates.get(0);
    List<X509Certificate> path = chainFrom(certificates);
    String authority = signer.getSubjectX500Principal().getName();
    Date when = parsed.getTimeStampInfo().getGenTime();
    if (!named.isEmpty() && leadsTo(path, named, when)) {
      return Optional.of(new TimestampTrust(Verdict.NAMED_FILE, authority));
    }
    return Optional.of(
        new TimestampTrust(
            leadsTo(path, TrustedCertificates.system(), when)
                ? Verdict.SYSTEM
                : Verdict.NOT_TRUSTED,
            authority));
  }

  /**
   * Whether {@code path} leads to one of the {@code trusted} certificates. Why not is left out: the
   * library says it in English only, naming its classes.
   */
  private static boolean leadsTo(
      List<X509Certificate> path, List<X509Certificate> trusted, Date when) {
    try {
      PKIXParameters parameters = new PKIXParameters(anchors(trusted));
      parameters.setRevocationEnabled(false);
      parameters.setDate(when);
      CertPathValidator.getInstance("PKIX")
          .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
      return true;
    } catch (GeneralSecurityException notLeading) {
      return false;
    }
  }

  /** The signer first, then each issuer the token carries, as far as it goes. */
  private static List<X509Certificate> chainFrom(List<X509Certificate> certificates) {
    List<X509Certificate> chain = new ArrayList<>(List.of(certificates.get(0)));
    boolean grew = true;
    while (grew) {
      X509Certificate last = chain.get(chain.size() - 1);
      grew = false;
      for (X509Certificate candidate : certificates) {
        if (!chain.contains(candidate)
            && candidate.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
          chain.add(candidate);
          grew = true;
          break;
        }
      }
    }
    return chain;
  }

  private static Set<TrustAnchor> anchors(List<X509Certificate> certificates) {
    return certificates.stream()
        .map(certificate -> new TrustAnchor(certificate, null))
        .collect(Collectors.toSet());
  }
}
