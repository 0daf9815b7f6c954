package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.ProfileLoader;
import org.objectionhelper.profile.ProfileWriter;
import org.objectionhelper.replica.MovedForms.Moves;
import org.objectionhelper.replica.ReplicaSite;
import org.objectionhelper.replica.Variety;
import org.objectionhelper.replica.Variety.EmailInput;
import org.objectionhelper.replica.Variety.LabelStyle;
import org.objectionhelper.replica.Variety.SendControl;

/** {@code probe --write-profile}: a profile of the page as it is, that then finds every part. */
@Tag("browser")
class ProbeWriteProfileTest {
  /** A page where the bundled profile finds every part only by its role, at its second address. */
  private static final Variety UNSEEN =
      Variety.STANDARD
          .with(LabelStyle.TEXT_BEFORE)
          .with(EmailInput.TEXT)
          .with(SendControl.SPAN)
          .withRewordedLabels()
          .withGeneratedNames();

  @Test
  void writesAProfileOfThePageThatAProbeThenFindsEveryPartWithByItsOwnLocators(@TempDir Path dir)
      throws IOException {
    try (ReplicaSite site =
        ReplicaSite.start(ReplicaSite.Options.defaults().with(UNSEEN).withEveryoneSignedIn())) {
      site.move(Moves.FIRST_UNAVAILABLE);
      FormProfile bundled = ProfileLoader.bundled().load(Platform.FACEBOOK);
      Path replica = Files.createDirectories(dir.resolve("replica"));
      Files.writeString(
          replica.resolve("facebook.yaml"),
          ProfileWriter.yaml(bundled.rehostedTo(site.origin()), List.of()));
      Path written = dir.resolve("as-found");

      CommandRun first = probe(replica, "--write-profile", written.toString());

      assertEquals(ExitCode.FORM_CHANGED.code(), first.exitCode(), first.printed());
      assertTrue(
          first
              .out()
              .contains("Found only by their role, not by the profile's locators: email, submit"),
          first.out());
      assertTrue(
          first
              .out()
              .contains("GONE     address " + site.origin() + "/help/contact/712876720715583"),
          first.out());
      Path profile = written.resolve("facebook.yaml");
      assertTrue(first.out().contains("was written to " + profile), first.out());
      String yaml = Files.readString(profile);
      assertTrue(
          yaml.contains("- \"" + site.origin() + "/help/contact/6359191084165019\"\n"), yaml);

      CommandRun again = probe(written);

      assertEquals(ExitCode.OK.code(), again.exitCode(), again.printed());
      assertFalse(again.out().contains("OK*"), again.out());
      assertTrue(
          again
              .out()
              .contains(
                  "OK       address: the form shows at "
                      + site.origin()
                      + "/help/contact/6359191084165019"),
          again.out());
      assertTrue(site.submissions().isEmpty());

      CommandRun overwriting = probe(replica, "--write-profile", written.toString());

      assertEquals(ExitCode.BAD_INPUT.code(), overwriting.exitCode(), overwriting.printed());
      assertEquals(yaml, Files.readString(profile), "the written profile is never overwritten");
    }
  }

  @Test
  void saysInGermanWhyTheProfileCouldNotBeWritten(@TempDir Path dir) throws IOException {
    try (ReplicaSite site =
        ReplicaSite.start(ReplicaSite.Options.defaults().withEveryoneSignedIn())) {
      FormProfile bundled = ProfileLoader.bundled().load(Platform.FACEBOOK);
      Path replica = Files.createDirectories(dir.resolve("replica"));
      Files.writeString(
          replica.resolve("facebook.yaml"),
          ProfileWriter.yaml(bundled.rehostedTo(site.origin()), List.of()));
      Path file = Files.writeString(dir.resolve("a-file"), "not a folder");

      CommandRun run =
          probe(replica, "--write-profile", file.resolve("as-found").toString(), "--lang", "de");

      assertEquals(ExitCode.BAD_INPUT.code(), run.exitCode(), run.printed());
      assertTrue(
          run.err()
              .contains(
                  file.resolve("as-found")
                      + " konnte nicht geschrieben werden: Ein Teil des Pfads ist eine Datei,"
                      + " kein Ordner"),
          run.printed());
      assertFalse(run.err().contains("Not a directory"), run.err());
    }
  }

  private static CommandRun probe(Path profiles, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "probe",
                "--platform",
                "facebook",
                "--headless",
                "--profiles",
                profiles.toString()));
    args.addAll(List.of(more));
    return CommandRun.of(args.toArray(String[]::new));
  }
}
