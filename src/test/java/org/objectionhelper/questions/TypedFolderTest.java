package org.objectionhelper.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedFolderTest {
  private final Path home = Path.of("/home/eva");

  @Test
  void dropsTheQuotesOfExplorersCopyAsPath() {
    assertEquals(Optional.of(Path.of("D:\\Nachweis")), TypedFolder.parse("\"D:\\Nachweis\"", home));
    assertEquals(
        Optional.of(Path.of("/media/eva/STICK/proof")),
        TypedFolder.parse("  '/media/eva/STICK/proof' ", home));
  }

  @Test
  void aTildeWithEitherSlashMeansTheHomeFolder() {
    assertEquals(Optional.of(home), TypedFolder.parse("~", home));
    assertEquals(Optional.of(home.resolve("proof")), TypedFolder.parse("~/proof", home));
    assertEquals(Optional.of(home.resolve("proof")), TypedFolder.parse("~\\proof", home));
    assertEquals(Optional.of(home.resolve("proof")), TypedFolder.parse("\"~\\proof\"", home));
  }

  @Test
  void textThatCanBeNoFolderNameIsRefusedNotThrown() {
    assertTrue(TypedFolder.parse("proof\0", home).isEmpty());
  }
}
