package org.objectionhelper.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.List;
import org.objectionhelper.flow.Person;
import org.objectionhelper.profile.FormProfile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "file",
    mixinStandardHelpOptions = true,
    description = {
      "Opens Meta's objection form, waits while you log in, fills it in, and waits for you to check",
      "it and click Send yourself. Then it saves proof: screenshots and a manifest with SHA-256 hashes."
    })
final class FileCommand extends FilingCommand {
  @Option(
      names = "--platform",
      required = true,
      paramLabel = "facebook|instagram|both",
      converter = PlatformChoice.Converter.class,
      description = "Which form; both files on Instagram, then on Facebook, in one browser.")
  PlatformChoice platforms;

  @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "The e-mail address of your account.")
  String email;

  @Option(names = "--country", paramLabel = "CODE", description = "Your country of residence, two letters, e.g. DE.")
  String country;

  @ArgGroup(exclusive = true)
  ReasonChoice reason = new ReasonChoice();

  @Option(
      names = "--confirm-in-terminal",
      description = "Instead of clicking Send in the browser, type a confirmation here; the tool then clicks Send.")
  boolean confirmInTerminal;

  @Mixin RunOptions options;

  @Override
  RunOptions options() {
    return options;
  }

  @Override
  boolean headless() {
    return options.headless;
  }

  @Override
  void checkInput() {
    RequestInput.check(email, country, reason.text);
  }

  @Override
  Filing filing() {
    List<FormProfile> profiles = profiles(platforms.platforms());
    Person person =
        confirmInTerminal
            ? new TerminalConfirmation(
                new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())), narrator())
            : Person.AT_THE_BROWSER;
    String reasonText = reason.text(options.language);
    String consent =
        "the person ran: objection file --platform ... --email ..."
            + (confirmInTerminal
                ? "; they confirmed by typing the confirmation word in the terminal, then the tool clicked Send"
                : "; they clicked Send in the browser themselves");
    return new Filing(
        profiles, RequestInput.check(email, country, reasonText).withConsent(consent), person);
  }
}
