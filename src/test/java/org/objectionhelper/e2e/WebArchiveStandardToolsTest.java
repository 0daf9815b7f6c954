package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.WebArchive;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.web.Guards;
import org.objectionhelper.web.LocalWebServer;
import org.objectionhelper.web.Response;
import org.objectionhelper.web.Routes;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A filing's {@code archive.wacz} as the web-archiving community's own tools read it, where {@code
 * scripts/install-archive-tools} could install them; each test skips with the reason otherwise.
 */
@Tag("browser")
class WebArchiveStandardToolsTest {
  private static final Path TOOLS = Path.of("target", "archive-tools");
  private static final String EMAIL = "anna.beispiel@example.org";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path evidence;

  @Test
  void warcioJsIndexesTheFormPageAndTheRequestThatCarriedTheObjection() throws Exception {
    Path cli = TOOLS.resolve("node_modules/warcio/dist/cli.js");
    assumeTrue(
        Files.isRegularFile(cli),
        "warcio.js is not installed: scripts/install-archive-tools needs npm and its registry");
    Filed filed = file();
    Path warc = evidence.resolve("data.warc.gz");
    try (ZipFile zip = new ZipFile(filed.wacz().toFile());
        InputStream packed = zip.getInputStream(zip.getEntry("archive/data.warc.gz"))) {
      Files.copy(packed, warc);
    }

    List<JsonNode> index = new ArrayList<>();
    for (String line : run("node", cli.toString(), "cdx-index", warc.toString())) {
      index.add(JSON.readTree(line.substring(line.indexOf('{'))));
    }

    assertTrue(
        index.stream()
            .anyMatch(
                entry ->
                    entry.path("url").asText().equals(filed.form())
                        && entry.path("status").asText().equals("200")
                        && entry.path("mime").asText().equals("text/html")),
        index.toString());
    assertTrue(
        index.stream()
            .anyMatch(
                entry ->
                    entry.path("method").asText().equals("POST")
                        && entry.path("requestBody").asText().contains("anna.beispiel%40")),
        index.toString());
    assertEquals(cdxLines(filed.wacz()), index.size(), "warcio.js and the package's own index");
  }

  @Test
  void theWaczValidatorFindsThePackageValid() throws Exception {
    Path wacz = TOOLS.resolve("venv/bin/wacz");
    assumeTrue(
        Files.isExecutable(wacz),
        "the wacz validator is not installed: scripts/install-archive-tools needs Python and its"
            + " package index, which this machine cannot reach");
    Filed filed = file();

    List<String> said = run(wacz.toString(), "validate", "-f", filed.wacz().toString());

    assertFalse(
        String.join("\n", said).toLowerCase(Locale.ROOT).contains("invalid"), said.toString());
  }

  @Test
  void replayWebPageReplaysTheFormPageFromTheArchive() throws Exception {
    Path playerFiles = TOOLS.resolve("replaywebpage");
    assumeTrue(
        Files.isRegularFile(playerFiles.resolve("ui.js"))
            && Files.isRegularFile(playerFiles.resolve("sw.js")),
        "ReplayWeb.page is not installed: scripts/install-archive-tools needs npm and its registry");
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      Filed filed = file(harness);
      String start =
          "<!doctype html><meta charset=\"utf-8\"><script src=\"/ui.js\"></script>"
              + "<replay-web-page source=\"/archive.wacz\" url=\""
              + filed.form()
              + "\" replayBase=\"/\" embed=\"replayonly\"></replay-web-page>";
      byte[] archive = Files.readAllBytes(filed.wacz());
      Routes routes =
          new Routes()
              .get("/", request -> Response.html(start))
              .get("/ui.js", request -> javaScript(playerFiles.resolve("ui.js")))
              .get("/sw.js", request -> javaScript(playerFiles.resolve("sw.js")))
              .get("/archive.wacz", request -> Response.of(200, "application/wacz", archive));
      try (LocalWebServer site = LocalWebServer.start("replayweb.page", routes, Guards.none())) {
        WebDriver driver = harness.browser.driver();
        driver.get(site.url("/").toString());

        String replayed =
            new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(
                    browser ->
                        (String) ((JavascriptExecutor) browser).executeScript(FIND_REPLAYED_PAGE));

        assertTrue(
            replayed.contains("Object to your information being used for AI at Meta"), replayed);
        assertTrue(replayed.contains("<form"), replayed);
      }
    }
  }

  /**
   * The replayed page's HTML once ReplayWeb.page shows it, else null: it sits in frames of the
   * player's origin inside shadow roots, under the player's {@code /w/} address.
   */
  private static final String FIND_REPLAYED_PAGE =
      "function find(root) {"
          + "  for (const element of root.querySelectorAll('*')) {"
          + "    if (element.shadowRoot) { const found = find(element.shadowRoot); if (found) return found; }"
          + "    if (element.tagName === 'IFRAME') {"
          + "      let inner = null; try { inner = element.contentDocument; } catch (e) { inner = null; }"
          + "      if (inner && inner.documentElement) {"
          + "        if (inner.location.pathname.startsWith('/w/')"
          + "            && inner.documentElement.outerHTML.includes('<form')) {"
          + "          return inner.documentElement.outerHTML;"
          + "        }"
          + "        const found = find(inner); if (found) return found;"
          + "      }"
          + "    }"
          + "  }"
          + "  return null;"
          + "}"
          + "return find(document);";

  private static Response javaScript(Path file) {
    try {
      return Response.of(200, "application/javascript", Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Filed file() {
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidence)) {
      return file(harness);
    }
  }

  private static Filed file(ReplicaHarness harness) {
    Outcome outcome =
        harness.file(
            Platform.FACEBOOK,
            new ObjectionRequest(EMAIL, Optional.of("AT"), Optional.of("Ich widerspreche.")),
            ReplicaPerson.prompt(harness.replica.origin(), EMAIL));
    assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
    Path folder = outcome.evidence().orElseThrow();
    assertTrue(Files.isRegularFile(folder.resolve(WebArchive.FILE_NAME)), manifestOf(folder));
    return new Filed(
        outcome.evidence().orElseThrow().resolve(WebArchive.FILE_NAME),
        harness.replica.origin().resolve("/help/contact/712876720715583").toString());
  }

  private static String manifestOf(Path folder) {
    try {
      return Files.readString(folder.resolve("manifest.json"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static long cdxLines(Path wacz) throws IOException {
    try (ZipFile zip = new ZipFile(wacz.toFile());
        InputStream index = zip.getInputStream(zip.getEntry("indexes/index.cdx"))) {
      return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().count();
    }
  }

  /** The lines a program printed; it must end by itself, successfully, within a minute. */
  private static List<String> run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(1, TimeUnit.MINUTES), String.join(" ", command));
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), text);
    return text.lines().filter(line -> !line.isBlank()).toList();
  }

  private record Filed(Path wacz, String form) {}
}
