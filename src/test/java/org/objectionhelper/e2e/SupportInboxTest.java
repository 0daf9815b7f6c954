package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.Addenda;
import org.objectionhelper.evidence.ChainVerifier;
import org.objectionhelper.evidence.EvidenceVerifier;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.Sha256;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.html.Template;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.replica.ReplicaPerson;
import org.openqa.selenium.By;

/**
 * After a confirmed objection, in the same logged-in browser: Meta's message in the replica's
 * Support Inbox, opened by the person and kept as an addendum that the chain holds.
 */
@Tag("browser")
class SupportInboxTest {
  private static final String EMAIL = "anna.beispiel@example.org";

  @TempDir Path evidenceRoot;

  @ParameterizedTest
  @EnumSource(Language.class)
  void keepsMetasMessageAsAnAddendumWhenThePersonSaysSoInTheBanner(Language language)
      throws IOException {
    try (ReplicaHarness harness = new ReplicaHarness(language, evidenceRoot)) {
      ReplicaPerson person = ReplicaPerson.prompt(harness.replica.origin(), EMAIL);
      Path folder = filed(harness, person);
      Map<String, String> sealed = hashes(folder);

      assertEquals(
          ExitCode.OK,
          harness.keepInbox(Platform.FACEBOOK, folder, person, () -> false),
          harness.terminal());

      Path addendum = folder.resolve(Addenda.name(1));
      String sentence =
          language == Language.DE
              ? "Wir werden deinen Widerspruch berücksichtigen"
              : "We will honour your objection";
      String manifest = Files.readString(addendum.resolve(Manifest.FILE_NAME));
      assertTrue(manifest.contains("\"kind\" : \"support-inbox\""), manifest);
      assertTrue(manifest.contains(sentence), manifest);
      assertTrue(manifest.contains(sha256(folder.resolve(Manifest.FILE_NAME))), manifest);
      assertTrue(startsWith(addendum.resolve("inbox.png"), "\u0089PNG"));
      assertTrue(startsWith(addendum.resolve("inbox-full.png"), "\u0089PNG"));
      assertTrue(startsWith(addendum.resolve("inbox.pdf"), "%PDF"));
      assertTrue(
          archive(addendum)
              .contains(language == Language.DE ? "deinen Widerspruch" : "honour your objection"));
      String receipt = Files.readString(addendum.resolve("receipt.html"));
      assertTrue(
          receipt.contains(language == Language.DE ? "Support-Postfach" : "Support Inbox"),
          receipt);
      String alt =
          language == Language.DE
              ? "Bildschirmfoto von Metas Nachricht im Support-Postfach"
              : "Screenshot of Meta's message in the Support Inbox";
      assertTrue(
          receipt.contains(Template.escape(alt) + "\" src=\"data:image/png;base64,"), receipt);
      assertTrue(harness.terminal().contains(addendum.toString()), harness.terminal());
      assertEquals(sealed, hashes(folder), "what was sealed stays as it was");
      assertTrue(new ChainVerifier(new EvidenceVerifier()).verify(folder).isIntact());
    }
  }

  @Test
  void keepsMetasMessageWhenThePersonSaysSoInTheTerminal() throws IOException {
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidenceRoot)) {
      Path folder = filed(harness, ReplicaPerson.prompt(harness.replica.origin(), EMAIL));
      AtomicBoolean messageOpen = new AtomicBoolean();
      Person opensTheMessageOnly =
          new Person() {
            @Override
            public void duringInbox(FormPage page) {
              page.driver().findElements(By.cssSelector("[data-replica=inbox-message]")).stream()
                  .findFirst()
                  .ifPresent(link -> link.click());
              messageOpen.set(
                  !page.driver()
                      .findElements(By.cssSelector("[data-replica=inbox-open]"))
                      .isEmpty());
            }
          };

      assertEquals(
          ExitCode.OK,
          harness.keepInbox(Platform.FACEBOOK, folder, opensTheMessageOnly, messageOpen::get),
          harness.terminal());

      assertTrue(archive(folder.resolve(Addenda.name(1))).contains("honour your objection"));
    }
  }

  @Test
  void keepsNoPageOfAnotherHostEvenWhenThePersonSaysSo() throws IOException {
    try (ReplicaHarness harness = new ReplicaHarness(Language.EN, evidenceRoot)) {
      Path folder = filed(harness, ReplicaPerson.prompt(harness.replica.origin(), EMAIL));
      // The same replica under another host name: outside the profile's allowed hosts.
      String elsewhere =
          harness.replica.origin().toString().replace("127.0.0.1", "localhost") + "/support/";
      Person wandersOff =
          new Person() {
            @Override
            public void duringInbox(FormPage page) {
              page.driver().get(elsewhere);
            }
          };
      harness.reviewTimeout = Duration.ofSeconds(5);

      assertEquals(
          ExitCode.NOT_SENT,
          harness.keepInbox(Platform.FACEBOOK, folder, wandersOff, () -> true),
          harness.terminal());

      assertTrue(harness.browser.driver().getCurrentUrl().startsWith("http://localhost:"));
      assertTrue(
          harness.browser.driver().findElements(By.id("objection-helper-banner")).isEmpty(),
          "no banner in a page of another host");
      assertFalse(Files.exists(folder.resolve(Addenda.FOLDER_NAME)));
    }
  }

  private static Path filed(ReplicaHarness harness, Person person) {
    Outcome outcome =
        harness.file(
            Platform.FACEBOOK,
            new ObjectionRequest(EMAIL, Optional.empty(), Optional.empty()),
            person);
    assertTrue(outcome.sent(), harness.terminal());
    return outcome.evidence().orElseThrow();
  }

  private static String archive(Path addendum) throws IOException {
    Path mhtml = addendum.resolve("inbox.mhtml");
    Path file = Files.exists(mhtml) ? mhtml : addendum.resolve("inbox.html");
    // MHTML may wrap long lines with quoted-printable soft breaks: read it without them.
    return Files.readString(file).replace("=\r\n", "").replace("=\n", "");
  }

  private static boolean startsWith(Path file, String magic) throws IOException {
    byte[] start = new byte[magic.length()];
    System.arraycopy(Files.readAllBytes(file), 0, start, 0, start.length);
    return new String(start, StandardCharsets.ISO_8859_1).equals(magic);
  }

  private static String sha256(Path file) throws IOException {
    return Sha256.of(Files.readAllBytes(file));
  }

  private static Map<String, String> hashes(Path folder) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        hashes.put(file.getFileName().toString(), sha256(file));
      }
    }
    return hashes;
  }
}
