package org.objectionhelper.profile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;

class ProfileLoaderTest {
  @TempDir Path overrides;

  @Test
  void profileInTheOverrideFolderWinsOverTheBundledOne() throws IOException {
    Path file = overrides.resolve("facebook.yaml");
    Files.writeString(
        file,
        bundledText("facebook").replace("en: \"Object to your", "en: \"Edited: object to your"),
        UTF_8);

    FormProfile profile = ProfileLoader.withOverrides(overrides).load(Platform.FACEBOOK);

    assertTrue(profile.titles().get(Language.EN).startsWith("Edited: "));
    assertEquals(file.toString(), profile.source());
  }

  @Test
  void platformWithoutAFileInTheOverrideFolderFallsBackToTheBundledProfile() throws IOException {
    Files.writeString(overrides.resolve("facebook.yaml"), bundledText("facebook"), UTF_8);

    FormProfile profile = ProfileLoader.withOverrides(overrides).load(Platform.INSTAGRAM);

    assertEquals("config/forms/instagram.yaml", profile.source());
  }

  @Test
  void invalidOverrideIsReportedUnderItsOwnPath() throws IOException {
    Path file = overrides.resolve("instagram.yaml");
    Files.writeString(
        file, bundledText("instagram").replace("type: textarea", "type: memo"), UTF_8);

    ProfileException e =
        assertThrows(
            ProfileException.class,
            () -> ProfileLoader.withOverrides(overrides).load(Platform.INSTAGRAM));

    assertEquals(
        List.of(
            file
                + ": fields.reason.type: unknown field type 'memo' (use one of select, text,"
                + " textarea, file)"),
        e.problems());
  }

  @Test
  void missingOverrideFolderIsAnErrorNotASilentFallback() {
    Path missing = overrides.resolve("no-such-folder");

    ProfileException e =
        assertThrows(
            ProfileException.class,
            () -> ProfileLoader.withOverrides(missing).load(Platform.FACEBOOK));

    assertEquals(List.of(missing + ": no such folder"), e.problems());
  }

  private static String bundledText(String id) throws IOException {
    try (InputStream in =
        ProfileLoaderTest.class
            .getClassLoader()
            .getResourceAsStream("config/forms/" + id + ".yaml")) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }
}
