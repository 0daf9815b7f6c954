package org.objectionhelper.evidence;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectionhelper.files.FileKind;

/**
 * Checks an evidence folder later, against the SHA-256 its manifest lists for every file: what
 * changed, what went missing, and what was added. The timestamp token, written after the manifest
 * and so not listed in it, is known by its name and checked against the manifest instead.
 */
public final class EvidenceVerifier {

  public Verification verify(Path folder) {
    Path manifestFile = folder.resolve(Manifest.FILE_NAME);
    FileKind manifestKind = kindOf(manifestFile);
    if (manifestKind == FileKind.ABSENT) {
      return Verification.unusableManifest(
          folder, ManifestProblem.of(ManifestProblem.Kind.MISSING, folder));
    }
    // The tool writes regular files only: a link could lead to a manifest anywhere, that matches
    // whatever the folder holds.
    if (manifestKind != FileKind.FILE) {
      return Verification.unusableManifest(
          folder, ManifestProblem.of(ManifestProblem.Kind.NOT_A_FILE, folder, manifestKind));
    }
    Manifest manifest;
    try {
      manifest = ManifestJson.read(manifestFile);
    } catch (JacksonException e) {
      return Verification.unusableManifest(
          folder,
          ManifestProblem.of(ManifestProblem.Kind.INVALID, manifestFile, e.getOriginalMessage()));
    } catch (IOException e) {
      throw new EvidenceException("Could not read " + manifestFile, e);
    }
    if (manifest.schemaVersion() != Manifest.SCHEMA_VERSION) {
      return Verification.unusableManifest(
          folder,
          ManifestProblem.of(
              ManifestProblem.Kind.SCHEMA,
              manifestFile,
              manifest.schemaVersion(),
              Manifest.SCHEMA_VERSION));
    }
    return Verification.of(
        folder, check(folder, manifest.files()), timestamp(folder, manifestFile));
  }

  private static Optional<TimestampCheck> timestamp(Path folder, Path manifestFile) {
    Path token = folder.resolve(TimestampAuthority.TOKEN_FILE_NAME);
    FileKind found = kindOf(token);
    if (found == FileKind.ABSENT) {
      return Optional.empty();
    }
    if (found != FileKind.FILE) {
      return Optional.of(TimestampCheck.notAFile(found));
    }
    try {
      return Optional.of(TimestampCheck.of(token, manifestFile));
    } catch (IOException e) {
      throw new EvidenceException("Could not read the timestamp token in " + folder, e);
    }
  }

  static List<FileCheck> check(Path folder, List<EvidenceFile> listed) {
    List<FileCheck> checks = new ArrayList<>();
    for (EvidenceFile file : listed) {
      checks.add(checkListed(folder.resolve(file.name()), file));
    }
    Set<String> known =
        Stream.concat(
                listed.stream().map(EvidenceFile::name),
                Stream.of(Manifest.FILE_NAME, TimestampAuthority.TOKEN_FILE_NAME))
            .collect(Collectors.toUnmodifiableSet());
    for (String present : namesIn(folder)) {
      FileKind found = kindOf(folder.resolve(present));
      if (present.equals(Addenda.FOLDER_NAME)) {
        // a file or a link there would hide the addenda from the chain's check
        if (found != FileKind.FOLDER) {
          checks.add(new FileCheck(present, FileCheck.Status.NOT_A_FOLDER, found));
        }
      } else if (!known.contains(present)) {
        checks.add(new FileCheck(present, FileCheck.Status.NOT_LISTED, found));
      }
    }
    return checks;
  }

  private static FileCheck checkListed(Path path, EvidenceFile expected) {
    FileKind found = kindOf(path);
    if (found == FileKind.ABSENT) {
      return new FileCheck(expected.name(), FileCheck.Status.MISSING, found);
    }
    // the tool writes plain files only; a link in their place is a change, wherever it points
    if (found != FileKind.FILE) {
      return new FileCheck(expected.name(), FileCheck.Status.CHANGED, found);
    }
    try {
      boolean same =
          Files.size(path) == expected.size() && Sha256.of(path).equals(expected.sha256());
      if (!same) {
        return new FileCheck(expected.name(), FileCheck.Status.CHANGED, found);
      }
      return new FileCheck(
          expected.name(),
          expected.name().equals(WebArchive.FILE_NAME) && !archiveHolds(path)
              ? FileCheck.Status.ARCHIVE_BROKEN
              : FileCheck.Status.OK,
          found);
    } catch (IOException e) {
      throw new EvidenceException(
          "Could not read '" + expected.name() + "' in the evidence folder " + path.getParent(), e);
    }
  }

  private static boolean archiveHolds(Path wacz) {
    try {
      return WaczCheck.holds(wacz);
    } catch (IOException unreadable) {
      return false;
    }
  }

  private static FileKind kindOf(Path path) {
    try {
      return FileKind.of(path);
    } catch (IOException e) {
      throw new EvidenceException("Could not look at " + path, e);
    }
  }

  private static List<String> namesIn(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new EvidenceException("Could not list the evidence folder " + folder, e);
    }
  }
}
