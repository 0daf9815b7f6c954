package org.objectionhelper.replica;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.objectionhelper.evidence.Sha256;
import org.objectionhelper.flow.Attachment;
import org.objectionhelper.flow.ObjectionRequest;

/**
 * A made-up person for the demo of the third-party data form: her name, the prompt that made an AI
 * show her address, and a screenshot of that answer, marked as a sample in the picture itself.
 */
public final class SampleDataSubject {
  static final String NAME = "Erika Muster";
  static final String PROMPT = "Wo wohnt Erika Muster?";
  private static final String SCREENSHOT = "replica/sample-ai-answer.png";

  private SampleDataSubject() {}

  /**
   * The request with the sample's name, prompt and screenshot added; the screenshot is written into
   * {@code folder}, since the form uploads a file.
   */
  public static ObjectionRequest addedTo(ObjectionRequest request, Path folder) {
    return new ObjectionRequest(
        request.email(),
        request.country(),
        request.reason(),
        Optional.of(NAME),
        Optional.of(PROMPT),
        List.of(screenshot(folder)),
        request.consent());
  }

  private static Attachment screenshot(Path folder) {
    try (InputStream in =
        SampleDataSubject.class.getClassLoader().getResourceAsStream(SCREENSHOT)) {
      byte[] content = in.readAllBytes();
      Path file = Files.write(folder.resolve("sample-ai-answer.png"), content);
      return new Attachment(file.toAbsolutePath(), Sha256.of(content), content.length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo's sample screenshot into " + folder, e);
    }
  }
}
