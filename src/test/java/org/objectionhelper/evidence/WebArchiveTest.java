package org.objectionhelper.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectionhelper.evidence.Samples.bytes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpMessage;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.FileCheck.Status;
import org.objectionhelper.web.Exchange;

/** The web archive as WACZ: what its WARC records hold, and verify's check of its own hashes. */
class WebArchiveTest {
  private static final Instant AT = Instant.parse("2026-12-05T10:15:02Z");
  private static final URI FORM =
      URI.create("https://www.facebook.com/help/contact/712876720715583");
  private static final URI SUBMIT = URI.create("https://www.facebook.com/ajax/help/contact/submit");
  private static final String PAGE = "<html><title>Objection</title><h1>Einspruch</h1></html>";

  @TempDir Path root;

  @Test
  void keepsEachRequestWithItsAnswerDecodedAndItsBodyAsSent() throws IOException {
    EvidenceFolder folder = EvidenceFolder.create(root, Platform.FACEBOOK, AT);
    Path wacz = new WebArchive("objection-helper 0.1.0").write(folder, exchanges(), AT);

    List<Seen> records = records(wacz);
    Seen page = records.get(0);
    assertEquals("response", page.type());
    assertEquals(FORM.toString(), page.target());
    assertEquals(AT, page.date());
    assertEquals(PAGE, page.body());
    assertFalse(page.headers().containsKey("Content-Encoding"), "the body is decoded");
    assertEquals(
        List.of(String.valueOf(PAGE.getBytes(StandardCharsets.UTF_8).length)),
        page.headers().get("Content-Length"));
    assertFalse(records.get(1).headers().containsKey(":authority"));
    Seen sent = records.get(3);
    assertEquals("request", sent.type());
    assertEquals("POST /ajax/help/contact/submit", sent.firstLine());
    assertEquals("email=anna%40example.org", sent.body());
    assertEquals(List.of(records.get(2).id()), sent.concurrentTo());
    assertTrue(WaczCheck.holds(wacz));
  }

  @Test
  void indexesTheAnswerToAPostByItsBodyAndNamesTheFormAsItsFirstPage() throws IOException {
    EvidenceFolder folder = EvidenceFolder.create(root, Platform.FACEBOOK, AT);
    Path wacz = new WebArchive("objection-helper 0.1.0").write(folder, exchanges(), AT);

    try (ZipFile zip = new ZipFile(wacz.toFile())) {
      List<String> index = text(zip, "indexes/index.cdx").lines().toList();
      assertEquals(2, index.size(), index.toString());
      assertTrue(
          index.stream().anyMatch(line -> line.contains("?__wb_method=post&email=anna")),
          index.toString());
      List<String> pages = text(zip, "pages/pages.jsonl").lines().toList();
      assertEquals(2, pages.size(), "a header and the form page: " + pages);
      assertTrue(pages.get(1).contains(FORM.toString()), pages.toString());
      assertTrue(text(zip, "datapackage.json").contains("\"mainPageURL\":\"" + FORM + "\""));
      assertEquals(ZipEntry.STORED, zip.getEntry("archive/data.warc.gz").getMethod());
    }
  }

  private static String text(ZipFile zip, String path) throws IOException {
    return new String(
        zip.getInputStream(zip.getEntry(path)).readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void verifyNamesAnArchiveWhoseOwnHashesDoNotHoldThoughTheManifestWasRewrittenForIt()
      throws IOException {
    EvidenceFolder folder = EvidenceFolder.create(root, Platform.FACEBOOK, AT);
    folder.write("01-form-filled.png", bytes("form"));
    Path wacz = new WebArchive("objection-helper 0.1.0").write(folder, exchanges(), AT);
    new ManifestWriter(Samples.TOOL).write(folder, Samples.confirmed());
    assertTrue(new EvidenceVerifier().verify(folder.path()).isIntact());

    Path forged = root.resolve("forged.wacz");
    changeOneByteOfTheWarc(wacz, forged);
    Files.delete(wacz);
    Files.delete(folder.path().resolve(Manifest.FILE_NAME));
    // the forger also rewrites the manifest: only the archive's own hashes are left to say so
    EvidenceFolder again = EvidenceFolder.create(root, Platform.INSTAGRAM, AT);
    again.write("01-form-filled.png", bytes("form"));
    again.write(WebArchive.FILE_NAME, Files.readAllBytes(forged));
    new ManifestWriter(Samples.TOOL).write(again, Samples.confirmed());

    Verification verification = new EvidenceVerifier().verify(again.path());
    assertFalse(verification.isIntact());
    assertEquals(
        List.of(new FileCheck(WebArchive.FILE_NAME, Status.ARCHIVE_BROKEN)),
        verification.files().stream().filter(check -> !check.isOk()).toList());
  }

  private static List<Exchange> exchanges() {
    return List.of(
        new Exchange(
            0,
            AT,
            FORM,
            "GET",
            true,
            Map.of("Accept", "text/html", ":authority", "www.facebook.com"),
            "",
            200,
            "OK",
            Map.of(
                "Content-Type", "text/html; charset=utf-8",
                "Content-Encoding", "br",
                "Content-Length", "12"),
            PAGE.getBytes(StandardCharsets.UTF_8)),
        new Exchange(
            1,
            AT.plusSeconds(30),
            SUBMIT,
            "POST",
            false,
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            "email=anna%40example.org",
            200,
            "OK",
            Map.of("Content-Type", "application/json"),
            "{\"ok\":true}".getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Seen> records(Path wacz) throws IOException {
    try (ZipFile zip = new ZipFile(wacz.toFile());
        InputStream warc = zip.getInputStream(zip.getEntry("archive/data.warc.gz"));
        WarcReader reader = new WarcReader(Channels.newChannel(warc))) {
      List<Seen> records = new ArrayList<>();
      for (WarcRecord record : reader) {
        HttpMessage http =
            record instanceof WarcResponse response
                ? response.http()
                : ((WarcRequest) record).http();
        String firstLine =
            http instanceof HttpRequest request ? request.method() + " " + request.target() : "";
        records.add(
            new Seen(
                record.type(),
                ((WarcCaptureRecord) record).target(),
                record.date(),
                record.id(),
                ((WarcCaptureRecord) record).concurrentTo(),
                firstLine,
                http.headers().map(),
                new String(http.body().stream().readAllBytes(), StandardCharsets.UTF_8)));
      }
      return records;
    }
  }

  /** What a test reads of one WARC record, while the reader is at it. */
  private record Seen(
      String type,
      String target,
      Instant date,
      URI id,
      List<URI> concurrentTo,
      String firstLine,
      Map<String, List<String>> headers,
      String body) {}

  /** A copy of the package with one byte of its WARC changed, zipped anew so that it opens. */
  private static void changeOneByteOfTheWarc(Path wacz, Path forged) throws IOException {
    try (ZipFile zip = new ZipFile(wacz.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(forged))) {
      for (ZipEntry entry : zip.stream().toList()) {
        byte[] content = zip.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("archive/data.warc.gz")) {
          content[content.length / 2] ^= 1;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
  }
}
