package org.objectionhelper.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.objectionhelper.basics.Language;
import org.objectionhelper.profile.ReasonTemplates;
import org.objectionhelper.questions.Rejected;
import picocli.CommandLine.Option;

/** The optional reason: the person's own words, or one of the bundled templates. */
final class ReasonChoice {
  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description = "Your reason, in your own words (optional).")
  String text;

  @Option(
      names = "--reason-template",
      paramLabel = "ID",
      description = "A prepared reason, e.g. sample; list them with: objection templates")
  String template;

  @Option(
      names = "--reason-file",
      paramLabel = "FILE",
      description =
          "Your reason from a text file in UTF-8, for text the terminal cannot carry intact.")
  Path file;

  /** The reason text, or null where the person gave none. */
  String text(Language language) {
    if (file != null) {
      return read(file);
    }
    if (template == null) {
      return text;
    }
    return ReasonTemplates.bundled()
        .text(template, language)
        .orElseThrow(() -> new Rejected("input.template", template));
  }

  /** The file's text, decoded strictly: a byte that is no UTF-8 is refused, not replaced. */
  private static String read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new Rejected("input.reason.file", file);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new Rejected("input.reason.file.encoding", file);
    }
  }
}
