package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestJson;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.guide.FolderOpener;
import org.objectionhelper.guide.LocalPage;
import org.objectionhelper.guide.PageChecks;
import org.objectionhelper.guide.PageVisitor;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.ReasonTemplates;
import org.objectionhelper.questions.Questionnaire;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import picocli.CommandLine;

/**
 * {@code objection assist --in-browser --replica}: a person with only a keyboard answers the
 * assistant's pages in the real headless Chromium, in German and in English, files on the replica
 * (a stand-in logs in and clicks Send there), then files for a second account from the end page.
 * Every page is checked with axe-core and at 200 % zoom and saved to target/assistant-pages.
 */
@Tag("browser")
class AssistInTheBrowserTest {
  private static final String FIRST = "anna.beispiel@example.org";
  private static final String SECOND = "anna.zweit@example.org";

  @TempDir Path scratch;

  /** Answers the pages with the keyboard, as the person would, and saves each page on the way. */
  private final class KeyboardPerson implements PageVisitor {
    private final Language language;
    private final Messages texts;
    private final Path proof;
    private int endPages;
    URI start;

    KeyboardPerson(Language language, Path proof) {
      this.language = language;
      this.texts = Messages.of(language);
      this.proof = proof;
    }

    @Override
    public void arrived(WebDriver driver, LocalPage page) {
      PageChecks pages = new PageChecks(driver);
      switch (page) {
        case START -> questions(driver, pages);
        case ACCOUNT -> anotherAccount(pages);
        case END -> end(driver, pages);
      }
    }

    private String shot(String name) {
      return language.code() + "-" + name;
    }

    private String step(String headingKey, int number) {
      return texts.text("guide.step", texts.text(headingKey), number, 4);
    }

    private void questions(WebDriver driver, PageChecks pages) {
      start = URI.create(driver.getCurrentUrl());
      // The run offers the other language first (--lang): the person switches with an arrow key.
      Language offered = language == Language.DE ? Language.EN : Language.DE;
      Messages first = Messages.of(offered);
      pages.at(first.text("guide.step", first.text("guide.language.heading"), 1, 4));
      pages.check(shot("01-language"));
      pages.tabTo(offered == Language.DE ? "Deutsch" : "English");
      pages.type(language == Language.DE ? Keys.ARROW_UP : Keys.ARROW_DOWN);
      pages.tabTo(first.text("guide.next")).type(Keys.ENTER);

      pages.at(step("guide.consent.heading", 2));
      assertEquals(language.code(), driver.findElement(By.tagName("html")).getAttribute("lang"));
      pages.check(shot("02-consent"));
      pages.tabTo(texts.text("guide.consent.yes")).type(Keys.ENTER);

      pages.at(step("guide.platforms.heading", 3));
      pages.check(shot("03-platforms"));
      pages.tabTo(texts.text("guide.platforms.option.3")).type(Keys.ARROW_UP, Keys.ARROW_UP);
      pages.tabTo(texts.text("guide.next")).type(Keys.ENTER);

      pages.at(step("guide.details.heading", 4));
      pages.check(shot("04-details"));
      pages.tabTo(texts.text("guide.email.label")).type("anna.beispiel@example");
      pages.waitFor(
          "the address refused as it is typed",
          d ->
              d.findElement(By.id("email1-error"))
                      .getText()
                      .equals(texts.text("assist.email.invalid", "anna.beispiel@example"))
                  && "true".equals(d.findElement(By.id("email1")).getAttribute("aria-invalid")));
      pages.check(shot("05-details-typing"));
      pages.type(".org");
      pages.waitFor(
          "the address accepted as it is typed",
          d -> d.findElement(By.id("email1-error")).getText().isEmpty());
      pages.tabTo(texts.text("guide.reason.none")).type(Keys.ARROW_DOWN);
      pages.tabTo(texts.text("guide.folder.label")).replaceWith(unwritable().toString());
      pages.type(Keys.ENTER);

      pages.at(texts.text("guide.step", texts.text("guide.details.heading"), 4, 4));
      pages.waitFor(
          "the folder refused beside its field",
          d ->
              d.findElement(By.id("folder-error"))
                  .getText()
                  .equals(texts.text("assist.folder.unwritable", unwritable())));
      pages.check(shot("06-details-refused"));
      pages.tabTo(texts.text("guide.folder.label")).replaceWith(proof.toString());
      pages.type(Keys.ENTER);

      pages.at(texts.text("guide.opening.heading"));
      pages.check(shot("07-opening"));
    }

    private void end(WebDriver driver, PageChecks pages) {
      endPages++;
      pages.at(texts.text("guide.done.heading"));
      if (endPages == 1) {
        pages.check(shot("08-done"));
        pages.tabTo(texts.text("guide.done.receipt", "Instagram")).type(Keys.ENTER);
        pages.waitFor("the receipt", d -> !d.findElements(By.cssSelector("table")).isEmpty());
        pages.check(shot("09-receipt"));
        driver.navigate().back();
        pages.at(texts.text("guide.done.heading"));
        pages.tabTo(texts.text("guide.done.open", "Instagram")).type(Keys.ENTER);
        pages.waitFor(
            "the folder shown", d -> !d.findElements(By.cssSelector("[role=status]")).isEmpty());
        pages.check(shot("10-done-folder-opened"));
        pages.tabTo(texts.text("guide.done.another")).type(Keys.ENTER);
        pages.at(texts.text("guide.opening.heading"));
      } else {
        pages.check(shot("12-done-two-accounts"));
        pages.tabTo(texts.text("guide.done.finish")).type(Keys.ENTER);
        pages.at(texts.text("guide.ended.heading"));
        pages.check(shot("13-ended"));
      }
    }

    private void anotherAccount(PageChecks pages) {
      pages.at(texts.text("guide.account.heading"));
      pages.check(shot("11-account"));
      pages.tabTo(texts.text("guide.email.label")).type(SECOND, Keys.ENTER);
      pages.at(texts.text("guide.opening.heading"));
    }

    private Path unwritable() {
      return scratch.resolve("a-file").resolve("proof");
    }
  }

  /** Runs {@code assist --in-browser} on the replica, the pages answered by {@code visitor}. */
  private static CommandRun assist(PageVisitor visitor, FolderOpener opener, Language offered) {
    return CommandRun.of(
        () ->
            new CommandLine(
                new AssistCommand(
                    new BufferedReader(new StringReader("")),
                    UnaryOperator.identity(),
                    visitor,
                    opener)),
        "--in-browser",
        "--replica",
        "--headless",
        "--lang",
        offered.code());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aPersonWithOnlyAKeyboardFilesForTwoAccountsAndTheServerIsGoneAfterwards(Language language)
      throws IOException {
    Files.writeString(scratch.resolve("a-file"), "not a folder");
    Path proof = scratch.resolve("usb-stick");
    KeyboardPerson person = new KeyboardPerson(language, proof);
    List<Path> opened = new ArrayList<>();
    Language offered = language == Language.DE ? Language.EN : Language.DE;

    CommandRun run = assist(person, folder -> opened.add(folder), offered);

    assertEquals(0, run.exitCode(), run.printed());
    assertFalse(
        (run.err() + run.log()).contains(FIRST), "the address is never logged:\n" + run.printed());
    List<Path> folders;
    try (Stream<Path> listed = Files.list(proof)) {
      folders = listed.sorted().toList();
    }
    assertEquals(2, folders.size(), folders.toString());
    assertEquals(List.of(folders.get(0).toAbsolutePath()), opened);
    String template =
        ReasonTemplates.bundled().all().values().iterator().next().get(language.code()).strip();
    String consent =
        new Questionnaire(Messages.of(language), ReasonTemplates.bundled(), proof).consentRecord();
    List<String> accounts = new ArrayList<>();
    for (Path folder : folders) {
      Manifest manifest = ManifestJson.read(folder.resolve(Manifest.FILE_NAME));
      assertEquals(Platform.INSTAGRAM, manifest.run().platform());
      assertTrue(manifest.run().completion().complete());
      assertEquals(template, manifest.run().enteredValues().get("reason"));
      assertTrue(manifest.run().consent().contains(consent), manifest.run().consent());
      accounts.add(manifest.run().enteredValues().get("email"));
    }
    assertEquals(List.of(FIRST, SECOND), accounts);
    assertThrows(
        ConnectException.class,
        () -> new Socket(person.start.getHost(), person.start.getPort()).close(),
        "the assistant's server stops when the run ends");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void sayingNoToTheExplanationDoesNothing(Language language) {
    Messages texts = Messages.of(language);
    PageVisitor declining =
        (driver, page) -> {
          PageChecks pages = new PageChecks(driver);
          pages.at(texts.text("guide.step", texts.text("guide.language.heading"), 1, 4));
          pages.tabTo(texts.text("guide.next")).type(Keys.ENTER);
          pages.at(texts.text("guide.step", texts.text("guide.consent.heading"), 2, 4));
          pages.tabTo(texts.text("guide.consent.no")).type(Keys.ENTER);
          pages.at(texts.text("guide.declined.heading"));
          pages.check(language.code() + "-14-declined");
        };

    CommandRun run = assist(declining, folder -> true, language);

    assertEquals(ExitCode.NOT_SENT.code(), run.exitCode(), run.printed());
    assertTrue(run.out().contains(texts.text("assist.declined")), run.out());
  }

  @Test
  void closingTheWindowDuringTheQuestionsEndsTheRunWithoutFiling() {
    CommandRun run = assist((driver, page) -> driver.close(), folder -> true, Language.EN);

    assertEquals(ExitCode.NOT_SENT.code(), run.exitCode(), run.printed());
    assertTrue(run.out().contains(Messages.of(Language.EN).text("assist.ended")), run.printed());
  }
}
