package org.objectionhelper.profile;

import java.util.List;

/** A form profile that cannot be used, with every problem found in it, each naming the file. */
public final class ProfileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ProfileException(String source, List<String> problems) {
    super(message(source, problems));
    this.problems = List.copyOf(problems);
  }

  /** One line each: {@code <file>: <path in the file>: <what is wrong>}. */
  public List<String> problems() {
    return problems;
  }

  private static String message(String source, List<String> problems) {
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return "Form profile " + source + " has " + count + ":\n" + String.join("\n", problems);
  }
}
