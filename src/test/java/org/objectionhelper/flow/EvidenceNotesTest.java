package org.objectionhelper.flow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectionhelper.evidence.Bundle;
import org.objectionhelper.files.OwnerOnly;

class EvidenceNotesTest {
  @Test
  void theManifestSaysSoWhereTheFilesCouldNotBeMadeOwnerOnly() {
    assertTrue(EvidenceRecorder.notes(OwnerOnly.UNPROTECTED).get("permissions").contains("not restricted to their owner"));
    assertTrue(EvidenceRecorder.notes(OwnerOnly.UNPROTECTED).containsKey(Bundle.FORM_FILLED));
  }

  @Test
  void saysNothingOfPermissionsWhereTheyAreOwnerOnly() {
    assertFalse(EvidenceRecorder.notes(OwnerOnly.POSIX).containsKey("permissions"));
    assertFalse(EvidenceRecorder.notes(OwnerOnly.ACL).containsKey("permissions"));
  }
}
