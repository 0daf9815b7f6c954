package org.objectionhelper.evidence;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * An RFC 3161 time-stamping authority, asked over HTTP for a token that proves the manifest existed
 * at the time it names. Only the manifest's SHA-256 leaves the computer, never its content.
 */
public final class TimestampAuthority {
  /** The token sits beside the manifest; the verifier knows it by this name. */
  public static final String TOKEN_FILE_NAME = Manifest.FILE_NAME + ".tsr";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final SecureRandom NONCES = new SecureRandom();

  private final URI url;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  public TimestampAuthority(URI url) {
    this.url = url;
  }

  /**
   * Asks for a token over the folder's manifest, as it is on disk, and stores it beside it as
   * {@value #TOKEN_FILE_NAME}.
   *
   * @throws TimestampException if the authority cannot be reached or answers with no valid token
   */
  public void stamp(EvidenceFolder folder) {
    Path manifest = folder.path().resolve(Manifest.FILE_NAME);
    try {
      folder.write(TOKEN_FILE_NAME, token(Files.readAllBytes(manifest)));
    } catch (IOException e) {
      throw new EvidenceException("Could not read " + manifest, e);
    }
  }

  private byte[] token(byte[] manifest) {
    TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
    generator.setCertReq(true);
    TimeStampRequest request =
        generator.generate(TSPAlgorithms.SHA256, Sha256.raw(manifest), new BigInteger(64, NONCES));
    try {
      HttpResponse<byte[]> answer =
          http.send(post(request.getEncoded()), HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() != 200) {
        throw new TimestampException(url + " answered HTTP " + answer.statusCode());
      }
      TimeStampResponse response = new TimeStampResponse(answer.body());
      response.validate(request);
      if (response.getTimeStampToken() == null) {
        throw new TimestampException(url + " refused: " + response.getStatusString());
      }
      return response.getTimeStampToken().getEncoded();
    } catch (TSPException e) {
      throw new TimestampException(url + " sent no valid timestamp: " + e.getMessage());
    } catch (IOException e) {
      throw new TimestampException(url + " could not be reached: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TimestampException("interrupted while waiting for " + url);
    }
  }

  private HttpRequest post(byte[] body) {
    return HttpRequest.newBuilder(url)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/timestamp-query")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }
}
