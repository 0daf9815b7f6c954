package org.objectionhelper.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.objectionhelper.basics.Language;

class PageTextTest {
  @Test
  void escapeSequencesAreShownNotSent() {
    assertEquals("\\u001B[2Jcleared", new PageText("\u001B[2Jcleared").shown());
    assertEquals("\\u009B2J", new PageText("\u009B2J").shown());
    assertEquals(
        "bell\\u0007 nul\\u0000 del\\u007F",
        new PageText("bell\u0007 nul\u0000 del\u007F").shown());
  }

  @Test
  void noLineBreakStartsALineThatLooksLikeTheTools() {
    assertEquals(
        "a\\nObjection sent.\\r\\tb\\u2028c\\u2029",
        new PageText("a\nObjection sent.\r\tb\u2028c\u2029").shown());
  }

  @Test
  void bidiControlsCannotTurnAValueAround() {
    String every = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
    assertEquals(
        "\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C",
        new PageText(every).shown());
  }

  @Test
  void plainTextInAnyScriptStaysAsItIs() {
    String plain = "Grüße, anna@example.org — Widerspruch 🙂 עברית";
    assertEquals(plain, new PageText(plain).shown());
  }

  @Test
  void aMessageShowsPageTextEscapedAndItsOwnWordsAsTheyAre() {
    assertEquals(
        "The form for 'Facebook' takes no files: --attach is for --platform third-party.",
        Messages.of(Language.EN).text("input.attach.unused", new PageText("Facebook")));
    assertEquals(
        "The form for '\\u202EkoobecaF' takes no files: --attach is for --platform third-party.",
        Messages.of(Language.EN).text("input.attach.unused", new PageText("\u202EkoobecaF")));
  }
}
