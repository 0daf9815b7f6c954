package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.flow.Person;
import org.objectionhelper.page.FormPage;
import org.openqa.selenium.JavascriptExecutor;
import picocli.CommandLine;

/**
 * What a page writes into a field reaches the terminal escaped: it can neither clear the screen nor
 * turn the line around.
 */
@Tag("browser")
class PageTextInTheTerminalTest {
  private static final String EMAIL = "anna.beispiel@example.org";
  private static final String HOSTILE = "\u001B[2J\u202Egro.elpmaxe@anna";

  @TempDir Path scratch;

  @Test
  void aValueThePageWritesIntoAFieldIsShownEscaped() {
    String answers =
        String.join(
            "\n", List.of("yes", "2", EMAIL, "", "", scratch.resolve("proof").toString(), "", ""));

    CommandRun run =
        CommandRun.of(
            () ->
                new CommandLine(
                    new AssistCommand(
                        new BufferedReader(new StringReader(answers)), this::rewritingTheEmail)),
            "--replica",
            "--headless",
            "--lang",
            "en");

    assertEquals(0, run.exitCode(), run.printed());
    assertTrue(
        run.out().contains("the field \"email\" now holds \"\\u001B[2J\\u202Egro.elpmaxe@anna\""),
        run.out());
    assertFalse(run.printed().contains("\u001B"), run.printed());
    assertFalse(run.printed().contains("\u202E"), run.printed());
  }

  /**
   * The stand-in, but at the review the page first puts {@link #HOSTILE} into the e-mail field for
   * one look, then the address it held, so that the form can still be sent.
   */
  private Person rewritingTheEmail(Person standIn) {
    return new Person() {
      private String held;

      @Override
      public void duringLogin(FormPage page) {
        standIn.duringLogin(page);
      }

      @Override
      public void duringReview(FormPage page) {
        JavascriptExecutor script = (JavascriptExecutor) page.driver();
        if (held == null) {
          held =
              (String)
                  script.executeScript(
                      "const field = document.querySelector('input[type=email]');"
                          + "const held = field.value; field.value = arguments[0]; return held;",
                      HOSTILE);
          return;
        }
        script.executeScript(
            "document.querySelector('input[type=email]').value = arguments[0]", held);
        standIn.duringReview(page);
      }
    };
  }
}
