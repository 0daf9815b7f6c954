package org.objectionhelper.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.objectionhelper.basics.Platform;

/**
 * Finds and reads the form profile of a platform: {@code <override folder>/<id>.yaml} where the
 * person named a folder and the file exists there, else the one bundled in the jar. A changed Meta
 * page can so be answered by editing a file, not by a release.
 */
public final class ProfileLoader {
  private static final String BUNDLED_FOLDER = "config/forms/";

  private final Optional<Path> overrideFolder;

  private ProfileLoader(Optional<Path> overrideFolder) {
    this.overrideFolder = overrideFolder;
  }

  public static ProfileLoader bundled() {
    return new ProfileLoader(Optional.empty());
  }

  /** A profile in {@code folder} wins; a platform with no file there gets the bundled one. */
  public static ProfileLoader withOverrides(Path folder) {
    return new ProfileLoader(Optional.of(folder));
  }

  /**
   * @throws ProfileException when the profile is unreadable or invalid, listing every problem
   */
  public FormProfile load(Platform platform) {
    String fileName = platform.id() + ".yaml";
    Optional<Path> override = overrideFile(fileName);
    return override.isPresent()
        ? ProfileParser.parse(override.get().toString(), platform, readFile(override.get()))
        : ProfileParser.parse(
            BUNDLED_FOLDER + fileName, platform, readBundled(BUNDLED_FOLDER + fileName));
  }

  private Optional<Path> overrideFile(String fileName) {
    if (overrideFolder.isEmpty()) {
      return Optional.empty();
    }
    Path folder = overrideFolder.get();
    if (!Files.isDirectory(folder)) {
      // A mistyped folder must not quietly fall back to the bundled profile.
      throw unusable(folder, "no such folder");
    }
    return Optional.of(folder.resolve(fileName)).filter(Files::isRegularFile);
  }

  private static String readFile(Path file) {
    try {
      // Checked before reading: a file of 50 MB would otherwise be read whole, and parsed for long.
      if (Files.size(file) > YamlReader.MAX_CHARS * 4L) {
        throw unusable(
            file,
            "too large (" + Files.size(file) / 1024 + " KB) for a form profile; one has a few KB");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw unusable(file, "not UTF-8 text");
    } catch (IOException e) {
      throw unusable(file, "cannot be read: " + e);
    }
  }

  private static ProfileException unusable(Path path, String why) {
    return new ProfileException(path.toString(), List.of(path + ": " + why));
  }

  private static String readBundled(String resource) {
    try (InputStream in = ProfileLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled profile missing from the build: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
