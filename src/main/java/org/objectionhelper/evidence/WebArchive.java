package org.objectionhelper.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WaczWriter;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.objectionhelper.web.Exchange;

/**
 * The form and Meta's answer as a web archive others can open without this tool: WARC records
 * (iipc's jwarc) packed as a WACZ 1.1.1 file, with a SHA-256 per part in its {@code
 * datapackage.json}. ReplayWeb.page and pywb replay it. See docs/ARCHITECTURE.md, "The web
 * archive".
 */
public final class WebArchive {
  public static final String FILE_NAME = "archive.wacz";

  private static final String WARC_PATH = "archive/data.warc.gz";

  /**
   * Headers of the answer that describe it as it travelled (compressed, in chunks), not as it is
   * kept: the body in the archive is the decoded one, whose length jwarc writes itself.
   */
  private static final Set<String> TRANSPORT_HEADERS =
      Set.of("content-encoding", "transfer-encoding", "content-length");

  private final String software;

  /**
   * @param software the tool and its version, as the package names its maker
   */
  public WebArchive(String software) {
    this.software = software;
  }

  /** Writes {@code exchanges} as {@value #FILE_NAME} into {@code folder}. */
  public Path write(EvidenceFolder folder, List<Exchange> exchanges, Instant created) {
    return folder.write(FILE_NAME, wacz(exchanges, created));
  }

  byte[] wacz(List<Exchange> exchanges, Instant created) {
    Path warc = null;
    try {
      // jwarc packs a WARC file only from disk; it holds what the fields held, so owner-only
      warc = Files.createTempFile("objection-helper-", ".warc.gz");
      try (WarcWriter writer = new WarcWriter(warc)) {
        for (Exchange exchange : exchanges) {
          write(writer, exchange);
        }
      }
      ByteArrayOutputStream packed = new ByteArrayOutputStream();
      try (WaczWriter wacz = new WaczWriter(packed)) {
        wacz.set("title", "objection-helper: the form and Meta's answer");
        wacz.set("created", created.toString());
        wacz.set("software", software);
        wacz.writeResource(WARC_PATH, warc);
      }
      return packed.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not pack the web archive", e);
    } finally {
      deleteQuietly(warc);
    }
  }

  private static void write(WarcWriter writer, Exchange exchange) throws IOException {
    HttpResponse.Builder answer =
        new HttpResponse.Builder(exchange.status(), exchange.statusText());
    exchange
        .responseHeaders()
        .forEach(
            (name, value) -> {
              if (!TRANSPORT_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                  && !name.startsWith(":")) {
                answer.addHeader(name, value);
              }
            });
    answer.body(null, exchange.responseBody());
    WarcResponse response =
        new WarcResponse.Builder(exchange.url())
            .date(exchange.at())
            .payloadDigest("sha256", Sha256.of(exchange.responseBody()))
            .body(MediaType.HTTP_RESPONSE, answer.build())
            .build();

    HttpRequest.Builder asked = new HttpRequest.Builder(exchange.method(), target(exchange.url()));
    asked.addHeader("Host", exchange.url().getRawAuthority());
    exchange
        .requestHeaders()
        .forEach(
            (name, value) -> {
              if (!name.startsWith(":") && !"host".equalsIgnoreCase(name)) {
                asked.addHeader(name, value);
              }
            });
    if (!exchange.requestBody().isEmpty()) {
      asked.body(null, exchange.requestBody().getBytes(StandardCharsets.UTF_8));
    }
    WarcRequest request =
        new WarcRequest.Builder(exchange.url())
            .date(exchange.at())
            .concurrentTo(response.id())
            .body(MediaType.HTTP_REQUEST, asked.build())
            .build();
    writer.write(response);
    writer.write(request);
  }

  /** The request's target as its first line names it: path and query. */
  private static String target(URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException leftInTemp) {
        // the operating system's temporary folder is emptied in time; nothing else can be done
      }
    }
  }
}
