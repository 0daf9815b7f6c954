package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectionhelper.evidence.Addenda;
import org.objectionhelper.flow.Person;
import org.objectionhelper.page.FormPage;
import picocli.CommandLine;

/**
 * The end of {@code objection assist --replica}: after the confirmation, while the browser is still
 * logged in, the offer to keep Meta's message from the Support Inbox, answered in the terminal; the
 * stand-in opens the message and says so in the banner.
 */
@Tag("browser")
class InboxOfferOnTheReplicaTest {
  private static final String EMAIL = "anna.beispiel@example.org";

  @TempDir Path scratch;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "de, ja, Metas Nachricht im Support-Postfach ist aufbewahrt",
    "en, yes, Meta's message in the Support Inbox is kept"
  })
  void keepsMetasMessageWhenThePersonSaysYes(String lang, String yes, String kept)
      throws IOException {
    Path proof = scratch.resolve("proof");

    CommandRun run = assist(lang, yes, "2", proof, yes, UnaryOperator.identity());

    assertEquals(0, run.exitCode(), run.printed());
    Path folder = onlyFolder(proof);
    assertTrue(run.out().contains(kept), run.out());
    assertTrue(run.out().contains(folder.resolve(Addenda.name(1)).toString()), run.out());
    assertTrue(Files.isRegularFile(folder.resolve(Addenda.name(1)).resolve("inbox.pdf")));
    CommandRun verified = CommandRun.of("verify", "--lang", lang, folder.toString());
    assertEquals(0, verified.exitCode(), verified.printed());
    String kind = lang.equals("de") ? "Support-Postfach" : "Support Inbox";
    assertTrue(verified.out().contains("addenda/01 (" + kind + ", "), verified.out());
  }

  @Test
  void saysWhereInstagramsInboxIsAndLeavesBothBundlesAsTheyWereWhenThePersonJustPressesEnter()
      throws IOException {
    Path proof = scratch.resolve("proof");

    CommandRun run = assist("en", "yes", "3", proof, "", UnaryOperator.identity());

    assertEquals(0, run.exitCode(), run.printed());
    assertTrue(
        run.out().contains("Instagram keeps its Support Inbox in the app only")
            && run.out().contains("Settings > Help > Support requests"),
        run.out());
    assertTrue(run.out().contains("Open it now, in this browser"), run.out());
    List<Path> folders = folders(proof);
    assertEquals(2, folders.size(), folders.toString());
    for (Path folder : folders) {
      assertFalse(Files.exists(folder.resolve(Addenda.FOLDER_NAME)));
      CommandRun verified = CommandRun.of("verify", "--lang", "en", folder.toString());
      assertEquals(0, verified.exitCode(), verified.printed());
      assertFalse(verified.out().contains("addenda/"), verified.out());
    }
    Path facebook =
        folders.stream().filter(f -> f.toString().endsWith("_facebook")).findFirst().orElseThrow();
    assertTrue(run.out().contains("objection add-inbox " + facebook), run.out());
  }

  @Test
  void aFailureAtTheInboxLeavesTheFiledObjectionsExitCode() throws IOException {
    Path proof = scratch.resolve("proof");
    UnaryOperator<Person> failingAtTheInbox =
        person ->
            new Person() {
              @Override
              public void duringLogin(FormPage page) {
                person.duringLogin(page);
              }

              @Override
              public void duringReview(FormPage page) {
                person.duringReview(page);
              }

              @Override
              public void duringInbox(FormPage page) {
                throw new IllegalStateException("a fault at the inbox");
              }
            };

    CommandRun run = assist("en", "yes", "2", proof, "yes", failingAtTheInbox);

    assertEquals(0, run.exitCode(), run.printed());
    Path folder = onlyFolder(proof);
    assertTrue(run.out().contains("objection add-inbox " + folder), run.out());
    assertFalse(Files.exists(folder.resolve(Addenda.name(1)).resolve("manifest.json")));
  }

  /**
   * Assist on the replica, without a reason, on the platforms chosen (2 = Facebook, 3 = both),
   * answering the inbox offer as given.
   */
  private static CommandRun assist(
      String lang,
      String yes,
      String platforms,
      Path proof,
      String inboxAnswer,
      UnaryOperator<Person> watch) {
    String answers =
        String.join(
            "\n", List.of(yes, platforms, EMAIL, "", "", proof.toString(), "", inboxAnswer));
    return CommandRun.of(
        () ->
            new CommandLine(
                new AssistCommand(new BufferedReader(new StringReader(answers)), watch)),
        "--replica",
        "--headless",
        "--lang",
        lang);
  }

  private static Path onlyFolder(Path proof) throws IOException {
    List<Path> all = folders(proof);
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }

  private static List<Path> folders(Path proof) throws IOException {
    try (Stream<Path> folders = Files.list(proof)) {
      return folders.sorted().toList();
    }
  }
}
