package org.objectionhelper.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.ProfileWriter;

/**
 * The folder {@code probe --write-profile} writes into: one profile per platform, named as {@code
 * --profiles} looks for it, never over a file that exists.
 */
final class WrittenProfiles {
  private final Path folder;

  WrittenProfiles(Path folder) {
    this.folder = folder;
  }

  Path folder() {
    return folder;
  }

  /** The first of the platforms' files that exists already: checked before any browser starts. */
  Optional<Path> existing(List<Platform> platforms) {
    return platforms.stream().map(this::file).filter(Files::exists).findFirst();
  }

  /**
   * @return the file written
   * @throws java.nio.file.FileAlreadyExistsException where it appeared since the check
   */
  Path write(FormProfile asFound, Instant when) throws IOException {
    Files.createDirectories(folder);
    Path file = file(asFound.platform());
    String yaml =
        ProfileWriter.yaml(
            asFound,
            List.of(
                "Written by objection probe --write-profile on "
                    + when
                    + " from the page at "
                    + asFound.formUrl()
                    + ".",
                "Locators found on the page as it was then come first, the profile's own after them.",
                "Use it with: objection file --profiles " + folder.toAbsolutePath()));
    Files.writeString(file, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    return file;
  }

  private Path file(Platform platform) {
    return folder.resolve(platform.id() + ".yaml");
  }
}
