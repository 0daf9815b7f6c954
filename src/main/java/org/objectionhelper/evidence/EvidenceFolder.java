package org.objectionhelper.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.files.OwnerOnly;

/**
 * The folder that holds the evidence of one objection: created new for every run, never reused,
 * readable by its owner only. Files go in whole or not at all, and none is ever overwritten.
 */
public final class EvidenceFolder {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

  private final Path path;
  private final List<EvidenceFile> files = new ArrayList<>();

  private EvidenceFolder(Path path) {
    this.path = path;
  }

  /**
   * Creates {@code <root>/<UTC time>_<platform>}, or {@code ..._<platform>-2}, {@code -3}, … when a
   * run in the same second got there first; creates {@code root} too if it is missing.
   */
  public static EvidenceFolder create(Path root, Platform platform, Instant now) {
    try {
      OwnerOnly.createDirectories(root);
    } catch (IOException e) {
      throw new EvidenceException("Could not create the evidence folder " + root, e);
    }
    String base = STAMP.format(now) + "_" + platform.id();
    for (int attempt = 1; ; attempt++) {
      Path candidate = root.resolve(attempt == 1 ? base : base + "-" + attempt);
      try {
        return new EvidenceFolder(OwnerOnly.createDirectory(candidate));
      } catch (FileAlreadyExistsException taken) {
        // another run in the same second: take the next number
      } catch (IOException e) {
        throw new EvidenceException("Could not create the evidence folder " + candidate, e);
      }
    }
  }

  /**
   * Creates exactly {@code path}, owner-only, for an addendum whose number is decided already.
   *
   * @throws EvidenceException if it exists (someone added at the same moment) or cannot be created
   */
  static EvidenceFolder createAt(Path path) {
    try {
      return new EvidenceFolder(OwnerOnly.createDirectory(path));
    } catch (IOException e) {
      throw new EvidenceException("Could not create the folder " + path, e);
    }
  }

  public Path path() {
    return path;
  }

  /** The files written so far, in the order they were written. */
  public List<EvidenceFile> files() {
    return List.copyOf(files);
  }

  /**
   * Writes a new file into the folder: to a temporary file first, then renamed into place, so that
   * the name only ever shows the complete content.
   *
   * @throws IllegalArgumentException if {@code fileName} is not a plain name inside the folder
   * @throws EvidenceException if the file exists already or cannot be written
   */
  public Path write(String fileName, byte[] content) {
    Path target = path.resolve(FileNames.requireSafe(fileName));
    // An atomic rename replaces an existing file on POSIX systems, so this check is what prevents
    // overwriting. The folder is new and owner-only, so no other user can race it.
    if (isListed(fileName) || Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new EvidenceException(
          "Will not overwrite '" + fileName + "' in the evidence folder " + path);
    }
    String sha256 = Sha256.of(content);
    Path temp = null;
    try {
      temp = OwnerOnly.createTempFile(path, "." + fileName + "-", ".tmp");
      writeDurably(temp, content);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
    } catch (IOException e) {
      throw new EvidenceException(
          "Could not write '" + fileName + "' into the evidence folder " + path, e);
    } finally {
      deleteQuietly(temp);
    }
    files.add(new EvidenceFile(fileName, sha256, content.length));
    return target;
  }

  /**
   * Deletes the folder if nothing is in it (no file of the proof could be written), so that no
   * empty folder poses as proof; returns whether it is gone.
   */
  public boolean deleteIfEmpty() {
    try {
      Files.delete(path);
      return true;
    } catch (IOException notEmptyOrNotDeletable) {
      return false;
    }
  }

  private boolean isListed(String fileName) {
    return files.stream().anyMatch(file -> file.name().equals(fileName));
  }

  private static void writeDurably(Path file, byte[] content) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      // on disk before the rename, so a crash cannot leave a complete name with partial content
      channel.force(true);
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // the write failed already, and that is the error worth reporting
    }
  }
}
