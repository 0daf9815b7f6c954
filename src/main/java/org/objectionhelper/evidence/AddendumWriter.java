package org.objectionhelper.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import org.objectionhelper.files.OwnerOnly;
import org.objectionhelper.i18n.Messages;

/**
 * Adds to a sealed evidence folder without touching anything in it: a new numbered folder under
 * {@value Addenda#FOLDER_NAME}, with the added files, a receipt, and a manifest that names the
 * SHA-256 of the manifest before it.
 */
public final class AddendumWriter {
  private final Tool tool;
  private final Messages messages;
  private final Clock clock;

  public AddendumWriter(Tool tool, Messages messages, Clock clock) {
    this.tool = tool;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * @return the new addendum's folder
   * @throws EvidenceException if {@code bundle} has no manifest, its addenda are not numbered
   *     without gaps, or a file cannot be written
   */
  public Path add(Path bundle, Addendum addendum) {
    int number = Addenda.entries(bundle).size() + 1;
    ChainLink previous = linkTo(bundle, Addenda.previousManifest(number));
    Path addenda = bundle.resolve(Addenda.FOLDER_NAME);
    if (Files.exists(addenda, LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(addenda, LinkOption.NOFOLLOW_LINKS)) {
      // a link would send the addendum out of the evidence folder
      throw new EvidenceException(
          "Will not add to " + bundle + ": " + Addenda.FOLDER_NAME + " is not a folder");
    }
    try {
      OwnerOnly.createDirectories(addenda);
    } catch (IOException e) {
      throw new EvidenceException("Could not create " + addenda, e);
    }
    EvidenceFolder folder = EvidenceFolder.createAt(bundle.resolve(Addenda.name(number)));
    addendum.files().forEach(folder::write);
    Moment added = Moment.of(clock.instant(), clock.getZone());
    new AddendumReceipt(messages).write(folder, bundle, number, addendum, added, previous);
    AddendumManifest manifest =
        new AddendumManifest(
            AddendumManifest.SCHEMA_VERSION,
            tool,
            number,
            addendum.kind(),
            added,
            previous,
            addendum.facts(),
            folder.files());
    folder.write(Manifest.FILE_NAME, ManifestJson.toBytes(manifest));
    return folder.path();
  }

  private static ChainLink linkTo(Path bundle, String manifest) {
    Path file = bundle.resolve(manifest);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new EvidenceException(
          "Will not add to "
              + bundle
              + ": "
              + manifest
              + " is missing (not an evidence folder, or its addenda are not in order; see: objection verify)");
    }
    try {
      return new ChainLink(manifest, Sha256.of(file));
    } catch (IOException e) {
      throw new EvidenceException("Could not read " + file, e);
    }
  }
}
