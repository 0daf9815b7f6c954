package org.objectionhelper.profile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Platform;

/** A broken or hostile profile is refused quickly, with its place in the file, never a hang. */
class HostileProfileTest {
  private static final Duration QUICKLY = Duration.ofSeconds(10);

  private static final String TITLE =
      "en: \"Object to your information being used for AI at Meta\"";

  @TempDir Path overrides;

  @Test
  void aProfileWithA50MegabyteValueIsRefusedBeforeItIsRead() throws IOException {
    String huge = bundled().replace(TITLE, "en: \"" + "x".repeat(50 * 1024 * 1024) + "\"");

    String problems = problemsOf(huge);

    assertTrue(problems.contains("too large"), problems);
  }

  @Test
  void aValueFarLongerThanAnyLocatorIsRefused() throws IOException {
    String problems = problemsOf(bundled().replace(TITLE, "en: \"" + "x".repeat(50_000) + "\""));

    assertTrue(problems.contains("titles.en: too long (50000 characters; at most 2000)"), problems);
  }

  @Test
  void aNestDeeperThanAnyProfileIsRefused() throws IOException {
    String problems = problemsOf(bundled() + "\nextra: " + "[".repeat(60) + "]".repeat(60) + "\n");

    assertTrue(problems.contains("not valid YAML"), problems);
  }

  /**
   * A billion laughs: refused within seconds, the memory untouched (SnakeYAML limits aliases too).
   */
  @Test
  void anAliasBombIsRefusedQuickly() throws IOException {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      String previous = "*a" + (i - 1);
      bomb.append("a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(10, previous)))
          .append("]\n");
    }

    String problems = problemsOf(bomb.toString());

    assertTrue(problems.contains("a9"), problems);
  }

  @Test
  void anInvalidCssLocatorIsReportedWhenTheProfileLoadsWithItsPlaceInTheFile() throws IOException {
    String problems =
        problemsOf(bundled().replace("\"form input[type=email]\"", "\"form input[type=email\""));

    assertTrue(problems.contains("fields.email.locators["), problems);
    assertTrue(problems.contains("'form input[type=email' is not valid CSS"), problems);
  }

  @Test
  void stateSelectorsBrowsersKnowAreAccepted() throws IOException {
    String edited =
        bundled()
            .replace(
                "\"form input[type=email]\"",
                "\"form input[type=email]:not(:disabled):where(:focus, :hover)\"");
    Files.writeString(overrides.resolve("facebook.yaml"), edited, UTF_8);

    assertEquals(
        Platform.FACEBOOK,
        ProfileLoader.withOverrides(overrides).load(Platform.FACEBOOK).platform());
  }

  private String problemsOf(String yaml) throws IOException {
    Files.writeString(overrides.resolve("facebook.yaml"), yaml, UTF_8);
    ProfileException failure =
        assertTimeoutPreemptively(
            QUICKLY,
            () ->
                assertThrows(
                    ProfileException.class,
                    () -> ProfileLoader.withOverrides(overrides).load(Platform.FACEBOOK)));
    String problems = String.join("\n", failure.problems());
    assertTrue(
        problems.length() < 10_000,
        "the problem quotes at most a little of the file: " + problems.length());
    return problems;
  }

  private static String bundled() {
    try (InputStream in =
        HostileProfileTest.class.getResourceAsStream("/config/forms/facebook.yaml")) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
