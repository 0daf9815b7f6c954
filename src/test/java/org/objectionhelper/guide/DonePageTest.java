package org.objectionhelper.guide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.i18n.Messages;

class DonePageTest {
  private final DonePage page =
      new DonePage(new PageLayout(Messages.of(Language.EN), link -> link));

  @Test
  void aRunThatEndedInDoubtSaysInItsOwnWordsHowNotThatNothingWasSent() {
    String said = "Facebook: the page sent the form by itself, without your click on \"Send\".";
    String html =
        page.render(
            List.of(new Outcome(Platform.FACEBOOK, ExitCode.SENT_BY_PAGE, said, Optional.empty())),
            Optional.empty());

    assertTrue(html.contains("the page sent the form by itself"), html);
    assertFalse(html.contains("Not sent"), html);
    assertFalse(html.contains("SENT_BY_PAGE"), "no Java names: " + html);
  }

  @Test
  void withoutWordsOfItsOwnTheExitCodeIsShownAsANumber() {
    String html =
        page.render(
            List.of(new Outcome(Platform.FACEBOOK, ExitCode.NOT_SENT, "", Optional.empty())),
            Optional.empty());

    assertTrue(html.contains("Not sent (exit code 4)."), html);
  }
}
