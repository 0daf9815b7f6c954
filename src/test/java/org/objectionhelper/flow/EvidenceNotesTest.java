package org.objectionhelper.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectionhelper.evidence.Bundle;
import org.objectionhelper.files.OwnerOnly;

class EvidenceNotesTest {
  private static final Map<String, String> RUN_NOTES =
      Map.of(Bundle.FORM_FILLED, "taken before Send");

  @Test
  void theManifestSaysSoWhereTheFilesCouldNotBeMadeOwnerOnly() {
    Map<String, String> notes = EvidenceRecorder.notes(RUN_NOTES, OwnerOnly.UNPROTECTED);

    assertTrue(notes.get("permissions").contains("not restricted to their owner"));
    assertEquals(
        "taken before Send", notes.get(Bundle.FORM_FILLED), "the run's own notes are kept");
  }

  @Test
  void saysNothingOfPermissionsWhereTheyAreOwnerOnly() {
    assertFalse(EvidenceRecorder.notes(RUN_NOTES, OwnerOnly.POSIX).containsKey("permissions"));
    assertFalse(EvidenceRecorder.notes(RUN_NOTES, OwnerOnly.ACL).containsKey("permissions"));
  }
}
