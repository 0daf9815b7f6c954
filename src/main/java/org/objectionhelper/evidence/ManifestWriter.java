package org.objectionhelper.evidence;

/**
 * Writes the manifest as the last file of an evidence folder, listing every file written before it.
 * Also for a run that stopped early: its completion then says why.
 */
public final class ManifestWriter {

  private final Tool tool;

  public ManifestWriter(Tool tool) {
    this.tool = tool;
  }

  public Manifest write(EvidenceFolder folder, Run run) {
    Manifest manifest = Manifest.of(tool, run, folder.files());
    folder.write(Manifest.FILE_NAME, ManifestJson.toBytes(manifest));
    return manifest;
  }
}
