package org.objectionhelper.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.objectionhelper.evidence.Samples.bytes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Platform;

class ManifestWriterTest {

  @TempDir Path root;

  private EvidenceFolder folder;
  private final ManifestWriter writer = new ManifestWriter(Samples.TOOL);

  @BeforeEach
  void createFolder() {
    folder = EvidenceFolder.create(root, Platform.INSTAGRAM, Samples.STARTED);
  }

  @Test
  void listsTheExactSha256OfEveryFileWrittenBeforeIt() throws IOException {
    folder.write("02-confirmation.png", bytes("abc"));

    writer.write(folder, Samples.confirmed());

    JsonNode files = plainJson().get("files");
    assertEquals(1, files.size(), "the manifest does not list itself");
    assertEquals("02-confirmation.png", files.get(0).get("name").asText());
    assertEquals(Samples.SHA256_OF_ABC, files.get(0).get("sha256").asText());
    assertEquals(3, files.get(0).get("size").asLong());
  }

  @Test
  void roundTripsThroughJson() throws IOException {
    folder.write("01-form-filled.png", bytes("filled"));

    Manifest written = writer.write(folder, Samples.confirmed());

    assertEquals(written, ManifestJson.read(folder.path().resolve(Manifest.FILE_NAME)));
  }

  @Test
  void writesTimesInIso8601AsUtcAndAsLocalTimeWithZone() throws IOException {
    writer.write(folder, Samples.confirmed());

    JsonNode started = plainJson().at("/run/started");
    assertEquals("2026-11-23T10:15:02Z", started.get("utc").asText());
    assertEquals("2026-11-23T11:15:02+01:00", started.get("local").asText());
    assertEquals("Europe/Berlin", started.get("zone").asText());
  }

  @Test
  void keepsTheEnteredValuesIncludingTheEmailAddress() throws IOException {
    writer.write(folder, Samples.confirmed());

    JsonNode run = plainJson().get("run");
    assertEquals("instagram", run.get("platform").asText());
    assertEquals("de", run.get("language").asText());
    assertEquals("person@example.org", run.at("/enteredValues/email").asText());
  }

  @Test
  void recordsWhyARunIsIncomplete() throws IOException {
    Manifest written =
        writer.write(folder, Samples.abortedBeforeSend("browser closed before Send"));

    Manifest read = ManifestJson.read(folder.path().resolve(Manifest.FILE_NAME));
    assertEquals(written, read);
    assertFalse(read.run().completion().complete());
    assertEquals("browser closed before Send", read.run().completion().incompleteReason());
  }

  @Test
  void refusesAnIncompleteOutcomeWithoutAReason() {
    assertThrows(IllegalArgumentException.class, () -> Completion.incomplete(" "));
  }

  @Test
  void writesTheManifestOnlyOnce() {
    writer.write(folder, Samples.confirmed());

    assertThrows(EvidenceException.class, () -> writer.write(folder, Samples.confirmed()));
    assertEquals(
        List.of(Manifest.FILE_NAME), folder.files().stream().map(EvidenceFile::name).toList());
  }

  // read without the tool's own mapper, as any other program would see the file
  private JsonNode plainJson() throws IOException {
    return new ObjectMapper().readTree(folder.path().resolve(Manifest.FILE_NAME).toFile());
  }
}
