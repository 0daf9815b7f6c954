package org.objectionhelper.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectionhelper.basics.Platform;

class FormProfileTest {

  @Test
  void rehostedProfileKeepsTheFormPathAndAllowsOnlyTheNewHost() {
    FormProfile meta = ProfileLoader.bundled().load(Platform.FACEBOOK);

    FormProfile replica = meta.rehostedTo(URI.create("http://127.0.0.1:43117"));

    assertEquals(
        URI.create("http://127.0.0.1:43117/help/contact/712876720715583"), replica.formUrl());
    assertEquals(Set.of("127.0.0.1"), replica.allowedHosts());
    assertTrue(replica.allows(replica.formUrl()));
    assertFalse(replica.allows(meta.formUrl()));
    assertEquals(meta.fields(), replica.fields());
    assertEquals(meta.confirmation(), replica.confirmation());
  }
}
