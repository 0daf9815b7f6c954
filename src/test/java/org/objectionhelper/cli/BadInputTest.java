package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input ends in one clear message and exit code 2, without writing anything, and
 * before any browser starts: all but a bad profile of the objection forms, read while it starts.
 */
class BadInputTest {
  @TempDir static Path scratch;

  static Stream<Arguments> badInputs() throws IOException {
    Path aFile = Files.writeString(scratch.resolve("a-file.txt"), "not a folder");
    Path notAnImage =
        Files.writeString(scratch.resolve("screenshot.png"), "looks like a PNG by name only");
    Path png =
        Files.write(
            scratch.resolve("real.png"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    Path tooLarge = scratch.resolve("huge.png");
    try (RandomAccessFile file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
      file.write(Files.readAllBytes(png));
      file.setLength(10L * 1024 * 1024 + 1);
    }
    return Stream.of(
        bad(
            "no platform and no e-mail",
            "Required, but not given: '--platform=facebook|instagram|both|third-party', "
                + "'--email=ADDRESS'",
            "file"),
        bad(
            "no platform and no e-mail, in German",
            "Nötig, aber nicht angegeben: '--platform=facebook|instagram|both|third-party', "
                + "'--email=ADDRESS'",
            "file",
            "--lang",
            "de"),
        bad(
            "a wrong duration, in German",
            "Ungültiger Wert für die Option '--review-timeout': 'abc' ist keine Dauer",
            "demo",
            "--lang=de",
            "--review-timeout",
            "abc"),
        bad(
            "unknown platform",
            "'tiktok' is not a platform",
            "file",
            "--platform",
            "tiktok",
            "--email",
            "a@example.org"),
        bad(
            "e-mail without @",
            "'nope' does not look like an e-mail address",
            "file",
            "--platform",
            "facebook",
            "--email",
            "nope"),
        bad(
            "e-mail with a space",
            "does not look like an e-mail address",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a b@example.org"),
        bad(
            "e-mail without domain dot",
            "does not look like an e-mail address",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@localhost"),
        bad(
            "e-mail with two @",
            "does not look like an e-mail address",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@b@example.org"),
        bad(
            "e-mail far too long",
            "does not look like an e-mail address",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a".repeat(250) + "@example.org"),
        bad(
            "unknown country code",
            "'XX' is not a country code",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--country",
            "XX"),
        bad(
            "country as a name",
            "'Germany' is not a country code",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--country",
            "Germany"),
        bad(
            "reason with a control character",
            "control characters",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--reason",
            "bell\u0007"),
        bad(
            "reason too long",
            "at most 5000 characters",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--reason",
            "x".repeat(5001)),
        bad(
            "unknown reason template",
            "no reason template 'nosuch'",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--reason-template",
            "nosuch"),
        bad(
            "reason and template together",
            "mutually exclusive",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--reason",
            "x",
            "--reason-template",
            "sample"),
        bad(
            "unknown language",
            "'fr' is not a language this tool speaks",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--lang",
            "fr"),
        bad(
            "zero login timeout",
            "'0m' is not a duration",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--login-timeout",
            "0m"),
        bad(
            "login timeout in words",
            "'ten' is not a duration",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--login-timeout",
            "ten"),
        bad(
            "negative review timeout",
            "'-5m' is not a duration",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--review-timeout",
            "-5m"),
        bad(
            "evidence folder is a file",
            "cannot be written to",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--evidence-dir",
            aFile.toString()),
        bad(
            "evidence folder below a file",
            "cannot be written to",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--evidence-dir",
            aFile.resolve("sub").toString()),
        bad(
            "probe that would write over a profile",
            "exists already and was left as it is",
            "probe",
            "--platform",
            "facebook",
            "--write-profile",
            profiles("written-before", "# the maintainer's own edits\n").toString()),
        bad("probe without a platform", "Required, but not given: '--platform", "probe"),
        bad(
            "probe of an unknown platform",
            "'tiktok' is not a platform",
            "probe",
            "--platform",
            "tiktok"),
        bad(
            "probe with a broken profile",
            "not valid YAML",
            "probe",
            "--platform",
            "facebook",
            "--profiles",
            profiles("broken-probe", "platform: [facebook\n").toString()),
        bad(
            "unknown browser",
            "'safari' is not a browser; use one of: chromium, chrome, edge, firefox",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--browser",
            "safari"),
        bad(
            "grid that is not a URL",
            "'grid.example:4444' is not a Grid address",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--grid",
            "grid.example:4444"),
        bad(
            "time-stamping authority that is not an address",
            "Invalid value for option '--tsa-url': 'notaurl' is not the address of a"
                + " time-stamping authority",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--tsa-url",
            "notaurl"),
        bad(
            "time-stamping authority by FTP, in the demo",
            "'ftp://tsa.example/tsr' is not the address of a time-stamping authority",
            "demo",
            "--tsa-url",
            "ftp://tsa.example/tsr"),
        bad(
            "time-stamping authority that is not an address, in German",
            "'notaurl' ist keine Adresse eines Zeitstempeldienstes",
            "demo",
            "--lang",
            "de",
            "--tsa-url",
            "notaurl"),
        bad(
            "browser profile that is a file",
            "Invalid value for option '--browser-profile': '"
                + aFile
                + "' cannot hold a browser profile",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--browser-profile",
            aFile.toString()),
        bad(
            "browser profile below a file, in the demo",
            "cannot hold a browser profile",
            "demo",
            "--browser-profile",
            aFile.resolve("profile").toString()),
        bad(
            "browser profile that is a file, when keeping Meta's message",
            "cannot hold a browser profile",
            "add-inbox",
            scratch.toString(),
            "--browser-profile",
            aFile.toString()),
        bad(
            "browser profile that is a file, when probing",
            "cannot hold a browser profile",
            "probe",
            "--platform",
            "facebook",
            "--browser-profile",
            aFile.toString()),
        bad(
            "attachment that does not exist",
            "does not exist",
            "file",
            "--platform",
            "third-party",
            "--email",
            "a@example.org",
            "--country",
            "DE",
            "--name",
            "A B",
            "--prompt",
            "p",
            "--attach",
            scratch.resolve("nope.png").toString()),
        bad(
            "attachment that is not an image",
            "neither an image (PNG, JPEG, GIF, WebP) nor a PDF",
            "file",
            "--platform",
            "third-party",
            "--email",
            "a@example.org",
            "--country",
            "DE",
            "--name",
            "A B",
            "--prompt",
            "p",
            "--attach",
            notAnImage.toString()),
        bad(
            "attachment too large for the form",
            "larger than the form accepts (10 MB at most)",
            "file",
            "--platform",
            "third-party",
            "--email",
            "a@example.org",
            "--country",
            "DE",
            "--name",
            "A B",
            "--prompt",
            "p",
            "--attach",
            tooLarge.toString()),
        bad(
            "attachment for a form without upload",
            "The form for 'Facebook' takes no files",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--attach",
            png.toString()),
        bad(
            "third-party form without a name",
            "This form needs --name",
            "file",
            "--platform",
            "third-party",
            "--email",
            "a@example.org",
            "--country",
            "DE",
            "--prompt",
            "p",
            "--attach",
            png.toString()),
        bad(
            "third-party form without a screenshot",
            "This form needs --attach",
            "file",
            "--platform",
            "third-party",
            "--email",
            "a@example.org",
            "--country",
            "DE",
            "--name",
            "A B",
            "--prompt",
            "p"),
        bad(
            "more accounts than e-mail addresses",
            "--accounts 2 needs --email 2 times",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--accounts",
            "2"),
        bad(
            "a negative number of accounts",
            "Invalid value for option '--accounts': '-1' is not a number of accounts",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--accounts",
            "-1"),
        bad(
            "no accounts at all",
            "'0' is not a number of accounts",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--accounts",
            "0"),
        bad(
            "accounts in words, in German",
            "'zwei' ist keine Anzahl von Konten",
            "file",
            "--lang",
            "de",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--accounts",
            "zwei"),
        bad(
            "confirmation from a pipe, not a terminal",
            "--confirm-in-terminal needs a terminal",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--confirm-in-terminal"),
        bad(
            "reason with replacement characters",
            "could not be read",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--reason",
            "Gr\uFFFD\uFFFDe"),
        bad(
            "reason file that is not UTF-8",
            "is not UTF-8 text",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--reason-file",
            Files.write(scratch.resolve("latin1.txt"), new byte[] {'G', 'r', (byte) 0xFC, 'e'})
                .toString()),
        bad(
            "reason file that does not exist",
            "cannot be read",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--reason-file",
            scratch.resolve("no-reason.txt").toString()),
        bad(
            "e-mail of a whole page",
            "'" + "a".repeat(60) + "… (100012)' does not look like an e-mail address",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a".repeat(100_000) + "@example.org"),
        bad(
            "unknown option",
            "Not known to this command: '--frobnicate'",
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--frobnicate"),
        bad(
            "unknown option, in German",
            "Diesem Befehl unbekannt: '--frobnicate'",
            "file",
            "--lang",
            "de",
            "--frobnicate",
            "--platform",
            "facebook",
            "--email",
            "a@example.org"),
        bad("unknown command", "Not known to this command: 'fil'\nDid you mean: file", "fil"));
  }

  /**
   * Bad profiles of the objection forms, which are read while the browser starts ({@link
   * FileCommand#filing}): each of these runs starts one and ends it.
   */
  static Stream<Arguments> badProfiles() {
    return Stream.of(
        badProfile("profile folder missing", "not usable", scratch.resolve("missing")),
        badProfile(
            "profile that is not YAML",
            "not valid YAML",
            profiles("broken", "platform: [facebook\n")),
        badProfile(
            "profile without a form URL",
            "formUrl",
            profiles("no-url", bundledFacebook().replaceAll("(?m)^formUrls:\n(  - .*\n)+", ""))),
        badProfile(
            "profile pointing outside its hosts",
            "allowedHosts",
            profiles(
                "evil-host",
                bundledFacebook()
                    .replace("https://www.facebook.com/help", "https://evil.example/help"))),
        badProfile(
            "profile whose cookie dialog names no choice",
            "cookieDialog.dismiss: required, but missing",
            profiles("no-dismiss", bundledFacebook().replace("  dismiss:", "  dismis:"))),
        badProfile(
            "profile with one and several form addresses",
            "give either formUrl (one address) or formUrls (several), not both",
            profiles(
                "both-addresses",
                bundledFacebook()
                    .replace(
                        "platform: facebook\n",
                        "platform: facebook\nformUrl: https://www.facebook.com/help/contact/1\n"))));
  }

  private static Arguments badProfile(String name, String expected, Path profiles) {
    return bad(
        name,
        expected,
        "file",
        "--platform",
        "facebook",
        "--email",
        "a@example.org",
        "--profiles",
        profiles.toString());
  }

  private static Arguments bad(String name, String expected, String... args) {
    return Arguments.of(name, expected, List.of(args));
  }

  private static String bundledFacebook() {
    try (InputStream in = BadInputTest.class.getResourceAsStream("/config/forms/facebook.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path profiles(String name, String facebookYaml) {
    try {
      Path folder = Files.createDirectories(scratch.resolve(name));
      Files.writeString(folder.resolve("facebook.yaml"), facebookYaml);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputEndsInOneClearMessageAndExitCodeTwo(
      String name, String expected, List<String> args, @TempDir Path evidence) {
    assertRefused(expected, args, evidence);
  }

  @Tag("browser")
  @ParameterizedTest(name = "{0}")
  @MethodSource("badProfiles")
  void aBadProfileEndsInOneClearMessageAndExitCodeTwo(
      String name, String expected, List<String> args, @TempDir Path evidence) {
    assertRefused(expected, args, evidence);
  }

  private static void assertRefused(String expected, List<String> args, Path evidence) {
    List<String> all = new ArrayList<>(args);
    if (List.of("file", "demo").contains(all.get(0)) && all.size() > 1) {
      if (all.get(0).equals("file")) {
        // Headless, so that each row meets its own check and not the missing screen of a test
        // machine.
        all.add("--headless");
      }
      if (!all.contains("--evidence-dir")) {
        all.addAll(List.of("--evidence-dir", evidence.resolve("proof").toString()));
      }
    }
    CommandRun run = CommandRun.of(all.toArray(String[]::new));

    String message = run.err();
    assertAll(
        () -> assertEquals(2, run.exitCode(), message),
        () -> assertTrue(message.contains(expected), message),
        () -> assertFalse(message.contains("Exception"), message),
        () -> assertFalse(message.contains("\tat "), message),
        () ->
            assertFalse(
                Files.exists(evidence.resolve("proof")), "nothing may be written on bad input"));
  }

  /** Without --lang, bad input is said in the system's language, as the help is. */
  @Test
  void onAGermanSystemBadInputIsSaidInGerman() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      CommandRun run = CommandRun.of("demo", "--platform", "tiktok");

      assertEquals(2, run.exitCode(), run.err());
      assertTrue(
          run.err()
              .contains(
                  "Ungültiger Wert für die Option '--platform': 'tiktok' ist keine Plattform; nimm"
                      + " facebook, instagram, both oder third-party\nSiehe: objection demo --help"),
          run.err());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aBrowserThatCannotStartIsSaidInThePersonsLanguageWithExitCodeSix(@TempDir Path evidence) {
    Path missing = evidence.resolve("no-such-driver");

    CommandRun run =
        CommandRun.of(
            "file",
            "--platform",
            "facebook",
            "--email",
            "a@example.org",
            "--lang",
            "de",
            "--headless",
            "--browser",
            "chromium",
            "--driver",
            missing.toString(),
            "--evidence-dir",
            evidence.resolve("proof").toString());

    assertEquals(6, run.exitCode(), run.err());
    assertTrue(
        run.err().contains("chromedriver nicht gefunden oder nicht ausführbar: " + missing),
        run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  @DisabledIfEnvironmentVariable(
      named = "DISPLAY",
      matches = ".*",
      disabledReason = "this machine has a screen")
  @DisabledIfEnvironmentVariable(
      named = "WAYLAND_DISPLAY",
      matches = ".*",
      disabledReason = "this machine has a screen")
  void aBrowserWindowWithoutAScreenIsBadInputBeforeAnyBrowserStarts() {
    CommandRun run =
        CommandRun.of("file", "--platform", "facebook", "--email", "a@example.org", "--lang", "en");

    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("The browser window needs a screen"), run.err());
  }
}
