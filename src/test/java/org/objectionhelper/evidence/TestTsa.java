package org.objectionhelper.evidence;

import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.objectionhelper.web.Guards;
import org.objectionhelper.web.LocalWebServer;
import org.objectionhelper.web.Request;
import org.objectionhelper.web.Response;
import org.objectionhelper.web.Routes;

/**
 * An RFC 3161 time-stamping authority on 127.0.0.1 with a certificate it made itself, for tests:
 * answers every query with a token, or with HTTP 500 once {@link #failing} is set.
 */
public final class TestTsa implements AutoCloseable {
  public static final String SUBJECT = "CN=objection-helper test TSA";

  private final X509Certificate certificate;
  private final LocalWebServer server;
  private final TimeStampResponseGenerator responses;
  private final AtomicLong serial = new AtomicLong();
  public volatile boolean failing;

  public TestTsa() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    certificate = certificate(keys);
    TimeStampTokenGenerator tokens =
        new TimeStampTokenGenerator(
            new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", keys.getPrivate(), certificate),
            new JcaDigestCalculatorProviderBuilder()
                .build()
                .get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
            new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
    tokens.addCertificates(new JcaCertStore(List.of(certificate)));
    responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    server = LocalWebServer.start("tsa", new Routes().post("/tsa", this::answer), Guards.none());
  }

  /** The authority's own certificate, self-signed: what a person would name to trust it. */
  public X509Certificate certificate() {
    return certificate;
  }

  /** {@link #certificate()} as a PEM file holds it. */
  public String certificatePem() throws CertificateEncodingException {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }

  public URI url() {
    return server.url("/tsa");
  }

  private Response answer(Request request) {
    if (failing) {
      return Response.text(500, "failing");
    }
    byte[] reply;
    try {
      reply =
          responses
              .generate(
                  new TimeStampRequest(request.body()),
                  BigInteger.valueOf(serial.incrementAndGet()),
                  new Date())
              .getEncoded();
    } catch (Exception e) {
      return Response.text(400, "not a time-stamp query");
    }
    return Response.of(200, "application/timestamp-reply", reply);
  }

  private static X509Certificate certificate(KeyPair keys) throws Exception {
    Instant now = Instant.now();
    X500Name subject = new X500Name(SUBJECT);
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            subject,
            BigInteger.ONE,
            Date.from(now.minus(1, ChronoUnit.HOURS)),
            Date.from(now.plus(1, ChronoUnit.DAYS)),
            subject,
            keys.getPublic());
    // RFC 3161 requires a TSA certificate to be for time-stamping only
    builder.addExtension(
        Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
  }

  @Override
  public void close() {
    server.close();
  }
}
