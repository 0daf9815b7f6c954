package org.objectionhelper.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packages depend one way, as docs/ARCHITECTURE.md draws them: no import goes back up. */
class PackageLayersTest {
  /** Each package may use only those before it. */
  private static final List<String> LAYERS =
      List.of(
          "time",
          "files",
          "profile",
          "html",
          "web",
          "i18n",
          "browser",
          "page",
          "evidence",
          "mail",
          "flow",
          "questions",
          "replica",
          "guide",
          "cli");

  private static final Path SOURCES = Path.of("src/main/java/org/objectionhelper");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?org\\.objectionhelper\\.([a-z0-9]+)\\.");

  @Test
  void everyImportGoesToAnEarlierLayer() throws IOException {
    List<String> backwards = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        String from = SOURCES.relativize(file).getName(0).toString();
        for (String line : Files.readAllLines(file)) {
          Matcher imported = IMPORT.matcher(line);
          if (imported.find()) {
            String to = imported.group(1);
            if (!to.equals(from) && LAYERS.indexOf(to) >= LAYERS.indexOf(from)) {
              backwards.add(SOURCES.relativize(file) + " imports " + to);
            }
          }
        }
      }
    }
    assertEquals(List.of(), backwards);
  }

  @Test
  void everyPackageHasItsLayer() throws IOException {
    try (Stream<Path> packages = Files.list(SOURCES)) {
      List<String> unknown =
          packages
              .filter(Files::isDirectory)
              .map(path -> path.getFileName().toString())
              .filter(name -> !LAYERS.contains(name))
              .toList();
      assertEquals(List.of(), unknown, "add new packages to LAYERS and to docs/ARCHITECTURE.md");
    }
  }
}
