package org.objectionhelper.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.i18n.Messages;

/** Addenda to a sealed folder: a chain that never rewrites what came before. */
class AddendaTest {
  private static final Instant ADDED = Instant.parse("2026-11-23T10:31:00Z");

  @TempDir Path root;
  private Path bundle;
  private final AddendumWriter writer =
      new AddendumWriter(
          Samples.TOOL, Messages.of(Language.EN), Clock.fixed(ADDED, ZoneId.of("Europe/Berlin")));

  @BeforeEach
  void sealAFolder() {
    EvidenceFolder folder = EvidenceFolder.create(root, Platform.INSTAGRAM, Samples.STARTED);
    folder.write("02-confirmation.png", Samples.bytes("confirmation"));
    new ManifestWriter(Samples.TOOL).write(folder, Samples.confirmed());
    bundle = folder.path();
  }

  private Path add(String name, String content) {
    return writer.add(
        bundle,
        new Addendum(
            "mail",
            Map.of("sender", "security@facebookmail.com"),
            Map.of(name, Samples.bytes(content))));
  }

  @Test
  void anAddendumLeavesTheSealedFilesAsTheyWereAndNamesTheManifestBeforeIt() throws IOException {
    byte[] sealed = Files.readAllBytes(bundle.resolve(Manifest.FILE_NAME));

    Path first = add("mail.eml", "first");

    assertEquals(bundle.resolve("addenda/01"), first);
    assertArrayEquals(sealed, Files.readAllBytes(bundle.resolve(Manifest.FILE_NAME)));
    AddendumManifest manifest =
        ManifestJson.readAddendumManifest(first.resolve(Manifest.FILE_NAME));
    assertEquals(new ChainLink("manifest.json", Sha256.of(sealed)), manifest.previous());
    assertEquals(ADDED, manifest.added().utc());
    assertEquals("security@facebookmail.com", manifest.facts().get("sender"));
    assertEquals(
        List.of("mail.eml", "receipt.html"),
        manifest.files().stream().map(EvidenceFile::name).toList());
  }

  @Test
  void eachAddendumNamesTheOneBefore() throws IOException {
    add("mail.eml", "first");
    Path second = add("mail.eml", "second");

    AddendumManifest manifest =
        ManifestJson.readAddendumManifest(second.resolve(Manifest.FILE_NAME));
    assertEquals("addenda/01/manifest.json", manifest.previous().manifest());
    assertEquals(
        Sha256.of(bundle.resolve("addenda/01/manifest.json")), manifest.previous().sha256());
  }

  @Test
  void theReceiptSaysWhatWasAddedAndWhen() throws IOException {
    Path first = add("mail.eml", "first");

    String receipt = Files.readString(first.resolve(Bundle.RECEIPT), StandardCharsets.UTF_8);
    assertTrue(receipt.contains("Addendum 1 to the evidence in " + bundle.getFileName()), receipt);
    assertTrue(
        receipt.contains("Meta&#39;s confirmation e-mail")
            || receipt.contains("Meta's confirmation e-mail"),
        receipt);
    assertTrue(receipt.contains("2026-11-23T10:31:00Z UTC"), receipt);
    assertTrue(receipt.contains("security@facebookmail.com"), receipt);
    assertTrue(receipt.contains(Sha256.of(Samples.bytes("first")) + "  mail.eml"), receipt);
    assertTrue(
        receipt.contains(
            "objection verify &lt;the evidence folder " + bundle.getFileName() + "&gt;"),
        receipt);
  }

  @Test
  void aChainOfTwoHoldsAndTheFolderStillVerifies() {
    add("mail.eml", "first");
    add("mail.eml", "second");

    ChainVerification chain = new ChainVerifier(new EvidenceVerifier()).verify(bundle);

    assertTrue(chain.folder().isIntact(), chain.toString());
    assertEquals(2, chain.addenda().size());
    assertTrue(chain.isIntact(), chain.toString());
  }

  @Test
  void aChangedFileInAnAddendumBreaksIt() throws IOException {
    Path first = add("mail.eml", "first");
    Files.writeString(first.resolve("mail.eml"), "firsT");

    ChainVerification chain = new ChainVerifier(new EvidenceVerifier()).verify(bundle);

    assertFalse(chain.isIntact());
    assertEquals(FileCheck.Status.CHANGED, chain.addenda().get(0).files().get(0).status());
  }

  @Test
  void aChangedAddendumManifestBreaksTheLinkOfTheNext() throws IOException {
    Path first = add("mail.eml", "first");
    add("mail.eml", "second");
    Path manifest = first.resolve(Manifest.FILE_NAME);
    Files.writeString(
        manifest,
        Files.readString(manifest).replace("security@facebookmail.com", "someone@example.org"));

    ChainVerification chain = new ChainVerifier(new EvidenceVerifier()).verify(bundle);

    assertFalse(chain.isIntact());
    assertTrue(chain.addenda().get(0).isIntact());
    assertEquals(
        ChainBreak.of(ChainBreak.Kind.PREVIOUS_CHANGED, "addenda/01/manifest.json"),
        chain.addenda().get(1).problem().orElseThrow());
  }

  @Test
  void aRemovedAddendumBreaksTheChain() throws IOException {
    add("mail.eml", "first");
    add("mail.eml", "second");
    deleteTree(bundle.resolve("addenda/01"));

    ChainVerification chain = new ChainVerifier(new EvidenceVerifier()).verify(bundle);

    assertFalse(chain.isIntact());
    assertEquals(
        ChainBreak.of(ChainBreak.Kind.OUT_OF_ORDER, "addenda/01"),
        chain.addenda().get(0).problem().orElseThrow());
    assertEquals("addenda/02", chain.addenda().get(0).name());
  }

  @Test
  void aChangedSealedManifestBreaksTheFirstLink() throws IOException {
    add("mail.eml", "first");
    Path manifest = bundle.resolve(Manifest.FILE_NAME);
    Files.writeString(manifest, Files.readString(manifest) + " ");

    ChainVerification chain = new ChainVerifier(new EvidenceVerifier()).verify(bundle);

    assertEquals(
        ChainBreak.of(ChainBreak.Kind.PREVIOUS_CHANGED, "manifest.json"),
        chain.addenda().get(0).problem().orElseThrow());
  }

  @Test
  void addsNothingToAFolderWithoutManifest() throws IOException {
    Files.delete(bundle.resolve(Manifest.FILE_NAME));

    assertThrows(EvidenceException.class, () -> add("mail.eml", "first"));
    assertFalse(Files.exists(bundle.resolve(Addenda.FOLDER_NAME)));
  }

  @Test
  void addsNothingThroughALinkedAddendaFolder() throws IOException {
    Path elsewhere = Files.createDirectory(root.resolve("elsewhere"));
    Files.createSymbolicLink(bundle.resolve(Addenda.FOLDER_NAME), elsewhere);

    assertThrows(EvidenceException.class, () -> add("mail.eml", "first"));
    try (Stream<Path> inside = Files.list(elsewhere)) {
      assertEquals(0, inside.count());
    }
  }

  private static void deleteTree(Path path) throws IOException {
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }
}
