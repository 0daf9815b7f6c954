package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.Bundle;
import org.objectionhelper.evidence.EvidenceFile;
import org.objectionhelper.evidence.EvidenceVerifier;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.evidence.Run;
import org.objectionhelper.evidence.TestTsa;
import org.objectionhelper.evidence.TimestampAuthority;
import org.objectionhelper.evidence.Verification;
import org.objectionhelper.evidence.WebArchive;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.page.PageCapture;
import org.objectionhelper.replica.ReplicaPerson;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;

/** The evidence bundle a real run on the replica leaves behind, in a real headless Chromium. */
@Tag("browser")
class EvidenceBundleEndToEndTest {
  private static final String EMAIL = "anna.beispiel@example.org";
  private static final String REASON = "Ich widerspreche der Nutzung meiner Daten für KI.";
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

  @TempDir Path evidence;

  @Test
  void aConfirmedRunLeavesEveryFileEachMatchingTheHashItsManifestLists() throws Exception {
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, evidence)) {
      Outcome outcome = file(harness);

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
      Path folder = outcome.evidence().orElseThrow();
      Manifest manifest = ManifestJson.read(folder.resolve(Manifest.FILE_NAME));
      assertEquals(
          List.of(
              Bundle.FORM_FILLED,
              Bundle.CONFIRMATION,
              Bundle.CONFIRMATION_FULL,
              Bundle.CONFIRMATION_PDF,
              "confirmation.mhtml",
              WebArchive.FILE_NAME,
              Bundle.RECEIPT),
          manifest.files().stream().map(EvidenceFile::name).toList());
      Verification verification = new EvidenceVerifier().verify(folder);
      assertTrue(verification.isIntact(), verification.toString());
      assertEquals(manifest.files().size(), verification.files().size());
      assertTrue(startsWith(folder.resolve(Bundle.CONFIRMATION_FULL), PNG_SIGNATURE));
      assertTrue(
          startsWith(
              folder.resolve(Bundle.CONFIRMATION_PDF), "%PDF".getBytes(StandardCharsets.US_ASCII)));
      String mhtml = Files.readString(folder.resolve("confirmation.mhtml"), StandardCharsets.UTF_8);
      assertTrue(mhtml.contains("Content-Type: multipart/related"), mhtml.substring(0, 300));

      assertTrue(manifest.run().completion().complete());
      assertNotNull(manifest.run().confirmed());
      assertTrue(
          manifest.run().driverVersion().startsWith("chromedriver "),
          manifest.run().driverVersion());
      assertTrue(
          manifest.run().consent().contains("demo played the person"), manifest.run().consent());
      assertTrue(manifest.run().notes().get(Bundle.FORM_FILLED).contains("highlight"));
      assertFalse(
          mhtml.contains("objection-helper-overlay") || mhtml.contains("data-objection-helper"),
          "the tool's marks are gone before the confirmation is captured");
    }
  }

  @Test
  void theWebArchiveHoldsTheFormWhatLeftForMetaAndItsAnswerButNoLoginNorSession() throws Exception {
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, evidence)) {
      Outcome outcome = file(harness);

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
      Path folder = outcome.evidence().orElseThrow();
      String warc = warcText(folder.resolve(WebArchive.FILE_NAME));
      String form = harness.replica.origin().resolve("/contact/767264225370182").toString();
      assertTrue(warc.contains("WARC-Target-URI: " + form), warc.substring(0, 600));
      assertTrue(warc.contains("<form"), "the form page as Meta served it");
      assertTrue(
          warc.contains(URLEncoder.encode(EMAIL, StandardCharsets.UTF_8)),
          "the request that left carries the address");
      assertTrue(warc.contains("{\"ok\":true}"), "Meta's answer to it");
      assertFalse(
          warc.contains("WARC-Target-URI: " + harness.replica.origin().resolve("/accounts/login")),
          "the login before the form is not in it");
      assertFalse(warc.contains("replica-only"), "nor its password");
      assertFalse(warc.contains("sessionid"), "nor the session's cookie");
      Manifest manifest = ManifestJson.read(folder.resolve(Manifest.FILE_NAME));
      assertTrue(
          manifest.run().notes().get(Run.WEB_ARCHIVE).contains("Cookie, Set-Cookie"),
          manifest.run().notes().toString());
      String receipt = Files.readString(folder.resolve(Bundle.RECEIPT));
      assertTrue(receipt.contains("ReplayWeb.page"), "the receipt says how to open it");
    }
  }

  /** The WARC records of a WACZ package as text: its one WARC file, unzipped and inflated. */
  private static String warcText(Path wacz) throws IOException {
    try (ZipFile zip = new ZipFile(wacz.toFile());
        InputStream warc =
            new GZIPInputStream(zip.getInputStream(zip.getEntry("archive/data.warc.gz")))) {
      return new String(warc.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void receiptNamesPlatformDateAndReasonAndRendersInTheBrowser() throws Exception {
    try (ReplicaHarness harness = new ReplicaHarness(Language.DE, evidence)) {
      Path folder = file(harness).evidence().orElseThrow();
      Manifest manifest = ManifestJson.read(folder.resolve(Manifest.FILE_NAME));
      Path receipt = folder.resolve(Bundle.RECEIPT);
      String html = Files.readString(receipt, StandardCharsets.UTF_8);

      assertTrue(html.contains("Instagram hat den Widerspruch am"), html.substring(0, 2000));
      String day = manifest.run().confirmed().local().substring(8, 10).replaceFirst("^0", "");
      assertTrue(html.contains(day + ". "), "the confirmation day " + day);
      assertTrue(
          html.contains(manifest.run().confirmed().utc().truncatedTo(ChronoUnit.SECONDS) + " UTC"),
          "the confirmation time in UTC");
      assertTrue(html.contains(REASON));

      harness.browser.driver().get(receipt.toUri().toString());
      assertTrue(
          harness.browser.driver().getTitle().startsWith("Beleg: Widerspruch"),
          harness.browser.driver().getTitle());
      byte[] rendered =
          ((TakesScreenshot) harness.browser.driver()).getScreenshotAs(OutputType.BYTES);
      assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(rendered, 4));
      assertTrue(
          rendered.length > 20_000,
          "a rendered receipt, not a blank page: " + rendered.length + " bytes");
      Files.write(evidence.resolve("receipt-rendered.png"), rendered);
    }
  }

  @Test
  void aTimestampFromTheAuthorityIsStoredBesideTheManifestAndVerifies() throws Exception {
    try (TestTsa tsa = new TestTsa();
        ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      harness.timestampAuthority = Optional.of(tsa.url());

      Path folder = file(harness).evidence().orElseThrow();

      assertTrue(Files.size(folder.resolve(TimestampAuthority.TOKEN_FILE_NAME)) > 500);
      Verification verification = new EvidenceVerifier().verify(folder);
      assertTrue(verification.isIntact(), verification.toString());
      assertTrue(verification.timestamp().orElseThrow().valid());
      assertTrue(harness.terminal().contains("Trusted timestamp saved"), harness.terminal());
    }
  }

  @Test
  void aRunThatDiesWhilePrintingKeepsAnIncompleteButValidBundle() throws Exception {
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      harness.capture = capture -> new FailingAtPdf(capture);

      Outcome outcome = file(harness);

      assertEquals(ExitCode.BROWSER_FAILED, outcome.exitCode());
      assertEquals(1, harness.replica.submissions().size(), "the objection itself was sent");
      Path folder = outcome.evidence().orElseThrow();
      Manifest manifest = ManifestJson.read(folder.resolve(Manifest.FILE_NAME));
      assertFalse(manifest.run().completion().complete());
      assertTrue(
          manifest.run().completion().incompleteReason().startsWith("EVIDENCE: BROWSER_FAILED"));
      assertTrue(manifest.run().completion().incompleteReason().contains("renderer gone"));
      assertTrue(
          manifest.run().confirmationText().contains("objection"),
          "the confirmation it saw is kept");
      assertEquals(
          List.of(
              Bundle.FORM_FILLED, Bundle.CONFIRMATION, Bundle.CONFIRMATION_FULL, Bundle.RECEIPT),
          manifest.files().stream().map(EvidenceFile::name).toList());
      assertTrue(new EvidenceVerifier().verify(folder).isIntact());
      try (Stream<Path> left = Files.list(folder)) {
        assertTrue(
            left.noneMatch(path -> path.toString().endsWith(".tmp")), "no temporary files left");
      }
    }
  }

  private static Outcome file(ReplicaHarness harness) {
    return harness.file(
        Platform.INSTAGRAM,
        new ObjectionRequest(EMAIL, Optional.of("DE"), Optional.of(REASON))
            .withConsent(
                "objection demo on the local replica; the demo played the person and clicked Send"),
        ReplicaPerson.prompt(harness.replica.origin(), EMAIL));
  }

  private static boolean startsWith(Path file, byte[] prefix) throws IOException {
    byte[] content = Files.readAllBytes(file);
    return content.length > prefix.length
        && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
  }

  /** A browser whose renderer dies while printing, after the screenshots are taken. */
  private record FailingAtPdf(PageCapture real) implements PageCapture {
    @Override
    public byte[] viewport() {
      return real.viewport();
    }

    @Override
    public byte[] fullPage() {
      return real.fullPage();
    }

    @Override
    public byte[] pdf() {
      throw new WebDriverException("renderer gone");
    }

    @Override
    public Archive archive() {
      return real.archive();
    }
  }
}
