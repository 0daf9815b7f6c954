package org.objectionhelper.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;

/** The bundled reasons, and a person's own file beside them. */
class ReasonTemplatesTest {
  @TempDir Path home;

  @Test
  void bundlesTheSampleTextAndTheShortReasonsInBothLanguages() {
    ReasonTemplates templates = ReasonTemplates.bundledAnd(home.resolve("missing.yaml"));

    assertEquals(List.of("sample", "privacy", "author"), List.copyOf(templates.all().keySet()));
    assertTrue(
        templates
            .text("sample", Language.DE)
            .orElseThrow()
            .startsWith("Ich widerspreche einer Verwendung meiner persönlichen Daten"));
    assertEquals(
        Optional.of(
            "Aus Datenschutzgründen lehne ich KI-Training mit meinen persönlichen Daten ab."),
        templates.text("privacy", Language.DE));
    assertEquals(
        Optional.of("Als Urheber meiner Inhalte erteile ich keine Nutzungsrechte für KI-Training."),
        templates.text("author", Language.DE));
    templates.all().values().forEach(texts -> assertEquals(2, texts.size(), texts.toString()));
  }

  @Test
  void addsThePersonsOwnTemplatesAfterTheBundledOnesAndLetsThemReplaceOne() throws IOException {
    Path own =
        Files.writeString(
            home.resolve("reasons.yaml"),
            "# mine\nfotos:\n  de: Meine Fotos gehören mir.\n  en: My photos are mine.\nprivacy:\n  de: Nein.\n");

    ReasonTemplates templates = ReasonTemplates.bundledAnd(own);

    assertEquals(
        List.of("sample", "privacy", "author", "fotos"), List.copyOf(templates.all().keySet()));
    assertEquals(Optional.of("Meine Fotos gehören mir."), templates.text("fotos", Language.DE));
    assertEquals(Optional.of("Nein."), templates.text("privacy", Language.DE));
    assertEquals(Optional.empty(), templates.text("privacy", Language.EN));
  }

  @Test
  void anEmptyOwnFileAddsNothing() throws IOException {
    Path own = Files.writeString(home.resolve("reasons.yaml"), "# nothing yet\n");

    assertEquals(3, ReasonTemplates.bundledAnd(own).all().size());
  }

  @Test
  void anOwnFileOfTheWrongShapeIsRefusedNamingTheFileAndTheTemplate() throws IOException {
    Path list = Files.writeString(home.resolve("list.yaml"), "- Ich widerspreche.\n");
    Path noLanguage = Files.writeString(home.resolve("french.yaml"), "mine:\n  fr: Je m'oppose.\n");

    ProfileException notAMap =
        assertThrows(ProfileException.class, () -> ReasonTemplates.bundledAnd(list));
    ProfileException french =
        assertThrows(ProfileException.class, () -> ReasonTemplates.bundledAnd(noLanguage));

    assertTrue(
        notAMap.problems().get(0).startsWith(list + ": not readable as reason templates"),
        notAMap.problems().toString());
    assertEquals(List.of(noLanguage + ": mine: needs a text under de: or en:"), french.problems());
  }
}
