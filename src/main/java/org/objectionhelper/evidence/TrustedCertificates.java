package org.objectionhelper.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The certificates a timestamp's authority may be trusted by: the system's, or a file's. */
public final class TrustedCertificates {
  private TrustedCertificates() {}

  /**
   * What this computer's Java runtime trusts: its trust store, or the one {@code
   * javax.net.ssl.trustStore} names.
   */
  static List<X509Certificate> system() {
    try {
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init((KeyStore) null);
      List<X509Certificate> trusted = new ArrayList<>();
      for (var manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          trusted.addAll(List.of(x509.getAcceptedIssuers()));
        }
      }
      return trusted;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the Java runtime has no usable trust store", e);
    }
  }

  /**
   * The certificates in a file the person names, PEM or DER, one or several.
   *
   * @throws IOException if the file cannot be read, or is a folder, a pipe or a device
   * @throws CertificateException if it holds no certificates
   */
  public static List<X509Certificate> in(Path file) throws IOException, CertificateException {
    // a pipe would keep verify waiting for a writer
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + " is no plain file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      List<X509Certificate> certificates =
          CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
              .map(X509Certificate.class::cast)
              .toList();
      if (certificates.isEmpty()) {
        throw new CertificateException(file + " holds no certificates");
      }
      return certificates;
    }
  }
}
