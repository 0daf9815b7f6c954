package org.objectionhelper.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.cdx.CdxFormat;
import org.netpreserve.jwarc.cdx.CdxWriter;
import org.objectionhelper.web.Exchange;

/**
 * The form and Meta's answer as a web archive others can open without this tool: WARC records and
 * their CDXJ index (iipc's jwarc) packed as a WACZ 1.1.1 file ({@link WaczPackage}), made for
 * ReplayWeb.page (the tests replay it there) and pywb (not run here). See docs/ARCHITECTURE.md,
 * "The web archive".
 */
public final class WebArchive {
  public static final String FILE_NAME = "archive.wacz";

  private static final String WARC_PATH = "archive/data.warc.gz";
  private static final String INDEX_PATH = "indexes/index.cdx";
  private static final String PAGES_PATH = "pages/pages.jsonl";
  private static final Map<String, String> PAGES_HEADER =
      Map.of("format", "json-pages-1.0", "id", "pages", "title", "All Pages");
  private static final ObjectMapper JSON = new ObjectMapper();

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
    try {
      byte[] warc = warc(exchanges);
      Map<String, byte[]> parts = new LinkedHashMap<>();
      parts.put(WARC_PATH, warc);
      parts.put(INDEX_PATH, index(warc));
      parts.put(PAGES_PATH, pagesJsonl(exchanges));
      Map<String, Object> metadata = new LinkedHashMap<>();
      metadata.put("title", "objection-helper: the form and Meta's answer");
      metadata.put("created", created.toString());
      metadata.put("software", software);
      pages(exchanges).stream()
          .findFirst()
          .ifPresent(
              page -> {
                metadata.put("mainPageURL", page.url().toString());
                metadata.put("mainPageDate", page.at().toString());
              });
      return WaczPackage.pack(parts, metadata);
    } catch (IOException e) {
      throw new UncheckedIOException("could not pack the web archive", e);
    }
  }

  private static byte[] warc(List<Exchange> exchanges) throws IOException {
    ByteArrayOutputStream records = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(records), WarcCompression.GZIP)) {
      for (Exchange exchange : exchanges) {
        write(writer, exchange);
      }
    }
    return records.toByteArray();
  }

  /**
   * The CDXJ index, uncompressed (ReplayWeb.page reads a compressed one only with a ZipNum index
   * beside it); an answer to a POST is keyed by its request's body too, as pywb looks it up.
   */
  private static byte[] index(byte[] warc) throws IOException {
    StringWriter lines = new StringWriter();
    try (CdxWriter index = new CdxWriter(lines);
        WarcReader reader = new WarcReader(new ByteArrayInputStream(warc))) {
      index.setFormat(CdxFormat.CDXJ);
      index.setPostAppend(true);
      index.setSort(true);
      index.process(reader, WARC_PATH.substring(WARC_PATH.lastIndexOf('/') + 1));
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code pages.jsonl}: every page the browser loaded, the form first. */
  private static byte[] pagesJsonl(List<Exchange> exchanges) throws IOException {
    StringBuilder lines = new StringBuilder();
    lines.append(JSON.writeValueAsString(PAGES_HEADER)).append('\n');
    for (Exchange page : pages(exchanges)) {
      Map<String, String> line = new LinkedHashMap<>();
      line.put("url", page.url().toString());
      line.put("ts", page.at().toString());
      lines.append(JSON.writeValueAsString(line)).append('\n');
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
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

  /** The pages the browser loaded, as a person saw them: documents answered with HTML. */
  private static List<Exchange> pages(List<Exchange> exchanges) {
    return exchanges.stream()
        .filter(Exchange::document)
        .filter(exchange -> exchange.status() == 200)
        .filter(
            exchange ->
                exchange.responseHeaders().entrySet().stream()
                    .anyMatch(
                        header ->
                            header.getKey().equalsIgnoreCase("content-type")
                                && header.getValue().toLowerCase(Locale.ROOT).contains("html")))
        .toList();
  }

  /** The request's target as its first line names it: path and query. */
  private static String target(URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
  }
}
