package org.objectionhelper.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.e2e.ReplicaHarness;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.flow.Person;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.replica.ReplicaPerson;

/**
 * At the review, with the tool's banner and yellow marks in the page, a person with only a keyboard
 * reaches Send through every filled field and sees at each one where the focus is.
 */
@Tag("browser")
class ReviewKeyboardTest {
  private static final String EMAIL = "anna.beispiel@example.org";

  @TempDir Path evidence;

  @ParameterizedTest
  @EnumSource(Language.class)
  void tabReachesSendThroughTheMarkedFieldsWithTheFocusVisibleOnEach(Language language) {
    String send = language == Language.DE ? "Senden" : "Send";
    List<Focused> way = new ArrayList<>();
    try (ReplicaHarness harness = new ReplicaHarness(language, evidence)) {
      Person person = ReplicaPerson.prompt(harness.replica.origin(), EMAIL);
      Outcome outcome =
          harness.file(
              Platform.INSTAGRAM,
              new ObjectionRequest(EMAIL, Optional.of("DE"), Optional.of("Ich widerspreche.")),
              new Person() {
                @Override
                public void duringLogin(FormPage page) {
                  person.duringLogin(page);
                }

                @Override
                public void duringReview(FormPage page) {
                  if (way.isEmpty()) {
                    Keyboard keyboard = new Keyboard(page.driver());
                    keyboard.startAtTop();
                    way.addAll(keyboard.tabTo(Keyboard.labelled(send), 20));
                  }
                  person.duringReview(page);
                }
              });

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
    }
    assertTrue(
        way.stream()
                .filter(focused -> focused.element().matches("(input|select|textarea).*"))
                .count()
            >= 3,
        way.toString());
  }
}
