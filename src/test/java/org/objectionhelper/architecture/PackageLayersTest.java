package org.objectionhelper.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend one way, as the table "Packages and which way they depend" in
 * docs/ARCHITECTURE.md draws them: each package uses exactly the packages its row names, all of
 * them in rows above it. So no import goes back up, and the table says what the code does. README's
 * layout line names the same packages in the same order.
 */
class PackageLayersTest {
  private static final Path SOURCES = Path.of("src/main/java/org/objectionhelper");
  private static final Path ARCHITECTURE = Path.of("docs/ARCHITECTURE.md");
  private static final Path README = Path.of("README.md");
  private static final String TABLE_HEADING = "## Packages and which way they depend";

  /** A row of the table: {@code | `package` | what it holds | uses |}. */
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9]+)` \\|.*\\| ([^|]+) \\|$");

  /** A remark in the uses column, such as "(nothing of ours)" or "(`Language`)". */
  private static final Pattern REMARK = Pattern.compile("\\([^)]*\\)");

  /** A package in README's layout paragraph: a name in backticks without a slash. */
  private static final Pattern NAMED = Pattern.compile("`([a-z0-9]+)`");

  /** One of our packages named in the code: an import, a qualified name, a link in a comment. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\borg\\.objectionhelper\\.([a-z0-9]+)\\.");

  @Test
  void everyPackageHasItsRowInTheTable() throws IOException {
    try (Stream<Path> packages = Files.list(SOURCES)) {
      Set<String> inCode =
          packages
              .filter(Files::isDirectory)
              .map(path -> path.getFileName().toString())
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(
          inCode,
          new TreeSet<>(table().keySet()),
          "a package needs its row in " + ARCHITECTURE + ", and a row its package");
    }
  }

  @Test
  void eachRowUsesOnlyPackagesAboveIt() throws IOException {
    List<String> backwards = new ArrayList<>();
    List<String> above = new ArrayList<>();
    table()
        .forEach(
            (name, uses) -> {
              uses.stream()
                  .filter(used -> !above.contains(used))
                  .forEach(used -> backwards.add(name + " uses " + used));
              above.add(name);
            });
    assertEquals(List.of(), backwards);
  }

  @Test
  void eachPackageUsesWhatItsRowSays() throws IOException {
    Map<String, Set<String>> table = table();
    List<String> differences = new ArrayList<>();
    uses()
        .forEach(
            (name, uses) -> {
              if (!uses.equals(table.get(name))) {
                differences.add(
                    name + ": the code uses " + uses + ", the table says " + table.get(name));
              }
            });
    assertEquals(List.of(), differences);
  }

  @Test
  void readmesLayoutNamesThePackagesInTheTablesOrder() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("\nLayout: ");
    String layout = readme.substring(start, readme.indexOf("\n\n", start));
    assertEquals(
        List.copyOf(table().keySet()),
        NAMED.matcher(layout).results().map(named -> named.group(1)).toList());
  }

  /** The table's packages in its order, each with the packages its row says it uses. */
  private static Map<String, Set<String>> table() throws IOException {
    Map<String, Set<String>> rows = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(ARCHITECTURE);
    for (String line : lines.subList(lines.indexOf(TABLE_HEADING) + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        rows.put(
            row.group(1),
            Arrays.stream(REMARK.matcher(row.group(2)).replaceAll("").split(","))
                .map(String::strip)
                .filter(used -> !used.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new)));
      }
    }
    return rows;
  }

  /** Every package of the code, with the other packages of ours its sources name. */
  private static Map<String, Set<String>> uses() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        String from = SOURCES.relativize(file).getName(0).toString();
        Set<String> used = uses.computeIfAbsent(from, name -> new TreeSet<>());
        REFERENCE
            .matcher(Files.readString(file))
            .results()
            .map(reference -> reference.group(1))
            .filter(to -> !to.equals(from))
            .forEach(used::add);
      }
    }
    return uses;
  }
}
