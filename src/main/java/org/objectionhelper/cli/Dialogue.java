package org.objectionhelper.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.objectionhelper.flow.Narrator;

/**
 * Asks one question at a time in the terminal and reads the answer. Typing the word for "back"
 * ({@code zurück}, {@code back}) at any question throws {@link Back}, for the caller to return to
 * the question before.
 */
final class Dialogue {
  /** The person wants to return to the previous question. */
  static final class Back extends RuntimeException {
    Back() {
      super("back", null, false, false);
    }
  }

  /** The input ended (Ctrl-D, or a closed pipe) before the questions were answered. */
  static final class Ended extends RuntimeException {
    Ended() {
      super("input ended", null, false, false);
    }
  }

  private final BufferedReader input;
  private final Narrator narrator;

  Dialogue(BufferedReader input, Narrator narrator) {
    this.input = input;
    this.narrator = narrator;
  }

  Narrator narrator() {
    return narrator;
  }

  /** Asks, and returns the answer as typed, without surrounding blanks; may be empty. */
  String ask(String key, Object... args) {
    narrator.say(key, args);
    String line = readLine();
    if (is(line, "assist.words.back")) {
      throw new Back();
    }
    return line;
  }

  /** Asks until the answer is yes or no; Enter gives {@code onEnter} where there is one. */
  boolean yes(Optional<Boolean> onEnter, String key, Object... args) {
    while (true) {
      String answer = ask(key, args);
      if (answer.isEmpty() && onEnter.isPresent()) {
        return onEnter.get();
      }
      if (is(answer, "assist.words.yes")) {
        return true;
      }
      if (is(answer, "assist.words.no")) {
        return false;
      }
      narrator.say("assist.yes.no");
    }
  }

  /**
   * Asks until the answer is a number from {@code lowest} to {@code highest}; Enter gives {@code
   * onEnter}.
   */
  int choose(int lowest, int highest, int onEnter, String key, Object... args) {
    while (true) {
      String answer = ask(key, args);
      if (answer.isEmpty()) {
        return onEnter;
      }
      try {
        int choice = Integer.parseInt(answer);
        if (choice >= lowest && choice <= highest) {
          return choice;
        }
      } catch (NumberFormatException notANumber) {
        // asked again below
      }
      narrator.say("assist.choice.invalid");
    }
  }

  private String readLine() {
    try {
      String line = input.readLine();
      if (line == null) {
        throw new Ended();
      }
      return line.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean is(String answer, String wordsKey) {
    String words = narrator.messages().text(wordsKey);
    return Arrays.asList(words.split(",")).contains(answer.toLowerCase(Locale.ROOT));
  }
}
