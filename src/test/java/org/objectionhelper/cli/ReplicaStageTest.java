package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.ProfileLoader;
import org.objectionhelper.replica.ReplicaSite;

/**
 * The demo's replica starts beside the browser and says where it runs once it is first needed; a
 * rehearsal says so before anything else.
 */
class ReplicaStageTest {
  private final StringWriter said = new StringWriter();
  private final Narrator narrator =
      new Narrator(Messages.of(Language.EN), new PrintWriter(said, true));

  @Test
  void theDemoSaysWhereTheReplicaRunsWhenTheFormsAreFirstMovedThereAndOnlyOnce() {
    FormProfile facebook = ProfileLoader.bundled().load(Platform.FACEBOOK);
    try (ReplicaStage stage = ReplicaStage.demo(ReplicaSite.Options.defaults(), narrator)) {
      assertEquals("", said.toString());

      URI form = stage.rehost(List.of(facebook)).get(0).formUrl();
      stage.standIn("demo@example.org");

      String origin = "http://127.0.0.1:" + form.getPort();
      assertEquals(
          Messages.of(Language.EN).text("demo.replica", URI.create(origin))
              + System.lineSeparator(),
          said.toString());
    }
  }

  @Test
  void aRehearsalSaysSoAtOnce() {
    try (ReplicaStage stage = ReplicaStage.rehearsal(narrator)) {
      assertTrue(
          said.toString().startsWith("Rehearsal, nothing is filed with Meta"), said.toString());
    }
  }

  @Test
  void theReplicaEndsWithTheStage() throws IOException {
    FormProfile facebook = ProfileLoader.bundled().load(Platform.FACEBOOK);
    URI form;
    try (ReplicaStage stage = ReplicaStage.demo(ReplicaSite.Options.defaults(), narrator)) {
      form = stage.rehost(List.of(facebook)).get(0).formUrl();
      new Socket("127.0.0.1", form.getPort()).close();
    }
    assertThrows(IOException.class, () -> new Socket("127.0.0.1", form.getPort()).close());
  }

  @Test
  void aStageEndedBeforeItsReplicaWasNeededSaysNothing() {
    ReplicaStage.demo(ReplicaSite.Options.defaults(), narrator).close();

    assertEquals("", said.toString());
  }
}
