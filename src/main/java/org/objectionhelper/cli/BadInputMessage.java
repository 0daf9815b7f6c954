package org.objectionhelper.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.objectionhelper.basics.Language;
import org.objectionhelper.i18n.Messages;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a person reads when the command line cannot be used, in their language: the one given with
 * {@code --lang}, else the system's (as the help). picocli words its failures in English; those a
 * person meets (a wrong value, something missing, something unknown) are said in this tool's words,
 * the rare rest keep picocli's.
 */
final class BadInputMessage {
  private BadInputMessage() {}

  static String of(ParameterException failure, String[] args) {
    Messages messages = Messages.of(languageIn(args));
    String command = failure.getCommandLine().getCommandSpec().qualifiedName();
    return said(failure, messages) + "\n" + messages.text("input.see.help", command);
  }

  private static String said(ParameterException failure, Messages messages) {
    if (failure.getCause() instanceof WrongValue wrong) {
      return messages.text("input.option.value", written(failure.getArgSpec()), wrong.in(messages));
    }
    if (failure instanceof MissingParameterException missing) {
      return messages.text("input.option.missing", names(missing.getMissing()));
    }
    if (failure instanceof UnmatchedArgumentException unmatched) {
      String unknown =
          unmatched.getUnmatched().stream()
              .map(argument -> "'" + argument + "'")
              .collect(Collectors.joining(", "));
      List<String> suggestions = unmatched.getSuggestions();
      return messages.text("input.option.unknown", unknown)
          + (suggestions.isEmpty()
              ? ""
              : "\n" + messages.text("input.option.suggest", String.join(", ", suggestions)));
    }
    return failure.getMessage();
  }

  /** The language of {@code --lang xx} or {@code --lang=xx}, where one is given and known. */
  static Language languageIn(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value =
          args[i].startsWith("--lang=")
              ? args[i].substring("--lang=".length())
              : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        try {
          return Language.fromCode(value);
        } catch (IllegalArgumentException unknown) {
          break;
        }
      }
    }
    return LanguageConverter.systemDefault();
  }

  private static String names(List<ArgSpec> specs) {
    return specs.stream().map(BadInputMessage::name).collect(Collectors.joining(", "));
  }

  /** An option or parameter as it is written: {@code '--email'}. */
  private static String written(ArgSpec spec) {
    return "'"
        + (spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel())
        + "'";
  }

  /** An option as it is written, with what its value is: {@code '--email=ADDRESS'}. */
  private static String name(ArgSpec spec) {
    if (spec instanceof OptionSpec option && option.arity().max() > 0) {
      return "'" + option.longestName() + "=" + option.paramLabel() + "'";
    }
    return written(spec);
  }
}
