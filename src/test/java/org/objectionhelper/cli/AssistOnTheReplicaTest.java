package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.browser.ThrowawayBrowserProfiles;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.flow.Person;
import org.objectionhelper.page.FormPage;
import org.openqa.selenium.JavascriptExecutor;
import picocli.CommandLine;

/**
 * {@code objection assist --replica}, answered through standard input as a person would, against
 * the replica in a real headless Chromium, for both platforms.
 */
@Tag("browser")
class AssistOnTheReplicaTest {
  private static final String EMAIL = "anna.beispiel@example.org";
  private static final String OWN_REASON = "Meine Fotos gehören mir, Anna.";
  private static final String BANNER =
      "var b = document.getElementById('objection-helper-banner'); return b && b.textContent;";

  @TempDir Path scratch;

  /** Notes the banner each time the flow hands over to the person, then lets the stand-in act. */
  private static final class BannerWatcher implements Person {
    final List<String> banners = new ArrayList<>();
    private final Person person;

    BannerWatcher(Person person) {
      this.person = person;
    }

    @Override
    public void duringLogin(FormPage page) {
      banners.add(String.valueOf(((JavascriptExecutor) page.driver()).executeScript(BANNER)));
      person.duringLogin(page);
    }

    @Override
    public void duringReview(FormPage page) {
      banners.add(String.valueOf(((JavascriptExecutor) page.driver()).executeScript(BANNER)));
      person.duringReview(page);
    }
  }

  /** What the person types and reads in one language. */
  private record Script(
      String lang,
      String yes,
      String back,
      List<String> prompts,
      List<String> bannerStarts,
      String consentSays,
      String proofLine,
      String fileCount) {
    @Override
    public String toString() {
      return lang;
    }
  }

  static Stream<Script> languages() {
    return Stream.of(
        new Script(
            "de",
            "ja",
            "zurück",
            List.of(
                "Bist du damit einverstanden?",
                "Welche Plattform?",
                "Welche E-Mail-Adresse hat dein Konto?",
                "Welche Plattform?",
                "Welche E-Mail-Adresse hat dein Konto?",
                "sieht nicht wie eine E-Mail-Adresse aus",
                "Stimmt das: " + EMAIL,
                "Möchtest du eine Begründung angeben?",
                "in eigenen Worten",
                "Tippe deine Begründung",
                "Wo soll dein Nachweis gespeichert werden",
                "Bereit: Instagram, Facebook",
                "Sollen wir anfangen?"),
            List.of(
                "Bitte melde dich in diesem Fenster bei Instagram an",
                "Das Formular ist ausgefüllt",
                "Bitte melde dich in diesem Fenster bei Facebook an",
                "Das Formular ist ausgefüllt"),
            "Ohne deinen Klick wird nichts gesendet",
            "Dein Nachweis: ",
            "%d Dateien"),
        new Script(
            "en",
            "yes",
            "back",
            List.of(
                "Do you agree?",
                "Which platform?",
                "Which e-mail address does your account use?",
                "Which platform?",
                "Which e-mail address does your account use?",
                "does not look like an e-mail address",
                "Is this right: " + EMAIL,
                "Do you want to give a reason?",
                "in my own words",
                "Type your reason",
                "Where should your proof be saved",
                "Ready: Instagram, Facebook",
                "Shall we begin?"),
            List.of(
                "Please log in to Instagram in this window",
                "The form is filled in",
                "Please log in to Facebook in this window",
                "The form is filled in"),
            "Nothing is sent without your click",
            "Your proof: ",
            "%d files"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void guidesThePersonThroughBothPlatformsAndLeavesOnlyTheirProof(Script script)
      throws IOException {
    Path proof = scratch.resolve("usb-stick");
    String answers =
        String.join(
            "\n",
            script.yes(),
            "2",
            script.back(), // from the e-mail question back to the platforms: both after all
            "",
            "anna.beispiel@example",
            EMAIL,
            "",
            "4",
            OWN_REASON,
            proof.toString(),
            "",
            "");
    List<BannerWatcher> watchers = new ArrayList<>();
    Supplier<CommandLine> command =
        () ->
            new CommandLine(
                new AssistCommand(
                    new BufferedReader(new StringReader(answers)),
                    person -> {
                      BannerWatcher watcher = new BannerWatcher(person);
                      watchers.add(watcher);
                      return watcher;
                    }));
    CommandRun run = CommandRun.of(command, "--replica", "--headless", "--lang", script.lang());
    String terminal = run.out();
    // The error output is checked with the log: neither may carry the person's address.
    String logged = run.err() + run.log();

    assertEquals(0, run.exitCode(), run.printed());
    assertFalse(
        terminal.contains("add-mail"), "no e-mail of Meta's comes from the replica:\n" + terminal);
    int previous = -1;
    for (String prompt : script.prompts()) {
      int at = terminal.indexOf(prompt, previous + 1);
      assertTrue(at > previous, "'" + prompt + "' after the one before in:\n" + terminal);
      previous = at;
    }
    List<String> banners = watchers.get(0).banners;
    int seen = -1;
    for (String start : script.bannerStarts()) {
      int index = indexStartingWith(banners, start, seen + 1);
      assertTrue(index > seen, "banner '" + start + "' in order among " + banners);
      seen = index;
    }

    List<Path> folders;
    try (Stream<Path> listed = Files.list(proof)) {
      folders = listed.sorted().toList();
    }
    assertEquals(2, folders.size(), folders.toString());
    Set<Platform> platforms = new HashSet<>();
    for (Path folder : folders) {
      Manifest manifest = ManifestJson.read(folder.resolve(Manifest.FILE_NAME));
      platforms.add(manifest.run().platform());
      assertTrue(manifest.run().completion().complete());
      assertEquals(OWN_REASON, manifest.run().enteredValues().get("reason"));
      assertNotNull(manifest.run().consent());
      assertTrue(manifest.run().consent().contains(script.consentSays()), manifest.run().consent());
    }
    assertEquals(Set.of(Platform.INSTAGRAM, Platform.FACEBOOK), platforms);

    String[] lines = terminal.strip().split("\\R");
    String last = lines[lines.length - 1];
    assertTrue(last.startsWith(script.proofLine()), last);
    for (Path folder : folders) {
      long files;
      try (Stream<Path> inFolder = Files.list(folder)) {
        files = inFolder.count();
      }
      assertTrue(
          last.contains(folder + " (" + String.format(script.fileCount(), files) + ")"), last);
    }

    assertEquals(List.of(), ThrowawayBrowserProfiles.ownedByThisProcess());
    assertTrue(logged.contains("instagram: DONE") && logged.contains("facebook: DONE"), logged);
    assertFalse(logged.contains("anna.beispiel"), logged);
    assertFalse(logged.contains(OWN_REASON), logged);
  }

  private static int indexStartingWith(List<String> texts, String start, int from) {
    for (int i = from; i < texts.size(); i++) {
      if (texts.get(i).startsWith(start)) {
        return i;
      }
    }
    return -1;
  }
}
