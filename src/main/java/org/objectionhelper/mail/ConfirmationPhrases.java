package org.objectionhelper.mail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences with which Meta's e-mail confirms an objection, in German and English, several per
 * language since Meta rewords often. Taken from what people have published of the mail (see
 * docs/ARCHITECTURE.md); a match says the mail reads as a confirmation, nothing more.
 */
final class ConfirmationPhrases {
  private static final List<Pattern> PATTERNS =
      List.of(
          // de
          phrase("Wir werden deinen Widerspruch (ab sofort )?berücksichtigen"),
          phrase("Widerspruch (auch )?für alle (anderen|weiteren) Konten"),
          phrase("deinem Widerspruch (stattgeben|nachkommen|stattgegeben)"),
          phrase("deine Anfrage ab sofort auf die Entwicklung"),
          // en
          phrase("We (will|'ll) (also )?hono(u)?r your objection"),
          phrase("other accounts that you('ve| have) added to the same Accounts Cent(re|er)"),
          phrase("your objection (has been|was) (approved|accepted|granted)"),
          phrase("your request will be applied going forward"));

  private ConfirmationPhrases() {}

  /** Every sentence of {@code text} that one of the phrases matches, in order, each once. */
  static List<String> sentencesIn(String text) {
    Set<String> sentences = new LinkedHashSet<>();
    for (Pattern pattern : PATTERNS) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        sentences.add(sentenceAround(text, matcher.start(), matcher.end()));
      }
    }
    return List.copyOf(sentences);
  }

  private static String sentenceAround(String text, int start, int end) {
    int from = start;
    while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = end;
    while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return text.substring(from, Math.min(text.length(), to + 1)).strip();
  }

  private static Pattern phrase(String words) {
    return Pattern.compile(
        words.replace(" ", "\\s+").replace("'", "['’]"),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
