package org.objectionhelper.evidence;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks an evidence folder and its addenda as one chain: the folder against its manifest, then
 * each addendum against its own, and that each names the SHA-256 of the manifest before it, as that
 * manifest is now. A changed or removed addendum breaks the chain where it stood; the newest
 * addendum has nothing after it to notice its removal, which its own receipt is there for.
 */
public final class ChainVerifier {
  private final EvidenceVerifier verifier;

  public ChainVerifier(EvidenceVerifier verifier) {
    this.verifier = verifier;
  }

  public ChainVerification verify(Path bundle) {
    Verification folder = verifier.verify(bundle);
    List<AddendumCheck> addenda = new ArrayList<>();
    List<String> entries = Addenda.entries(bundle);
    for (int number = 1; number <= entries.size(); number++) {
      String expected = Addenda.name(number);
      String present = Addenda.FOLDER_NAME + "/" + entries.get(number - 1);
      addenda.add(expected.equals(present) ? check(bundle, number) : outOfOrder(expected, present));
    }
    return new ChainVerification(folder, addenda);
  }

  private static AddendumCheck outOfOrder(String expected, String present) {
    return AddendumCheck.broken(present, ChainBreak.of(ChainBreak.Kind.OUT_OF_ORDER, expected));
  }

  private static AddendumCheck check(Path bundle, int number) {
    String name = Addenda.name(number);
    Path folder = bundle.resolve(name);
    Path manifestFile = folder.resolve(Manifest.FILE_NAME);
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
        || !Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
      return AddendumCheck.broken(name, ChainBreak.of(ChainBreak.Kind.NO_MANIFEST));
    }
    AddendumManifest manifest;
    try {
      manifest = ManifestJson.readAddendumManifest(manifestFile);
    } catch (JacksonException e) {
      return AddendumCheck.broken(
          name, ChainBreak.of(ChainBreak.Kind.INVALID_MANIFEST, e.getOriginalMessage()));
    } catch (IOException e) {
      throw new EvidenceException("Could not read " + manifestFile, e);
    }
    return new AddendumCheck(
        name,
        Optional.of(manifest),
        EvidenceVerifier.check(folder, manifest.files()),
        linkProblem(bundle, number, manifest));
  }

  private static Optional<ChainBreak> linkProblem(
      Path bundle, int number, AddendumManifest manifest) {
    if (manifest.schemaVersion() != AddendumManifest.SCHEMA_VERSION) {
      return Optional.of(
          ChainBreak.of(
              ChainBreak.Kind.SCHEMA, manifest.schemaVersion(), AddendumManifest.SCHEMA_VERSION));
    }
    if (manifest.number() != number) {
      return Optional.of(ChainBreak.of(ChainBreak.Kind.NUMBER, manifest.number()));
    }
    String before = Addenda.previousManifest(number);
    if (!manifest.previous().manifest().equals(before)) {
      return Optional.of(
          ChainBreak.of(ChainBreak.Kind.NAMES_ANOTHER, manifest.previous().manifest(), before));
    }
    Path previous = bundle.resolve(before);
    try {
      if (!Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(ChainBreak.of(ChainBreak.Kind.PREVIOUS_MISSING, before));
      }
      if (!Sha256.of(previous).equals(manifest.previous().sha256())) {
        return Optional.of(ChainBreak.of(ChainBreak.Kind.PREVIOUS_CHANGED, before));
      }
    } catch (IOException e) {
      throw new EvidenceException("Could not read " + previous, e);
    }
    return Optional.empty();
  }
}
