package org.objectionhelper.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * A test class carries {@code @Tag("browser")}, on the class or on the tests that start one,
 * exactly when it starts a real browser, so that {@code mvn -B test -Dgroups='!browser'} runs every
 * test that needs none, and none that does. A class starts one where its source names one of the
 * {@link #MARKERS}.
 */
class BrowserTagTest {
  private static final String TAG = "browser";
  private static final Path SOURCES = Path.of("src/test/java");

  /** What in a test's source starts Chromium, in the test's JVM or in a child process. */
  private static final List<Pattern> MARKERS =
      Stream.of(
              // the replica with a browser, and the tool's own ways to start one
              "\\b(ReplicaHarness|BrowserLauncher|BrowserSession|ChromiumProcess)\\b",
              // a child process that starts one
              "\\b(StartingBrowserMain|InterruptedRunMain)\\b",
              // Selenium's drivers, a Grid, a browser container
              "\\bnew (Chrome|Chromium|Edge|Firefox|RemoteWeb)Driver\\b",
              "\\b(LocalGrid|BrowserWebDriverContainer)\\b",
              // the commands that open a browser, run in the test's JVM or as a child
              "\"(demo|probe|doctor|add-inbox)\"",
              // the option that files on the replica, of file or assist
              "\"([a-z]+ )?--replica\\b")
          .map(Pattern::compile)
          .toList();

  /** Test classes that name a marker, yet start no browser. */
  private static final Set<String> WITHOUT_BROWSER =
      Set.of(
          "org.objectionhelper.cli.OneCommandBuiltTest", // commands built, and refused
          "org.objectionhelper.release.LauncherTest", // the launcher starts a stand-in java
          BrowserTagTest.class.getName()); // the markers themselves

  @Test
  void aTestClassIsTaggedBrowserExactlyWhenItStartsABrowser() throws IOException {
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        Class<?> type = classOf(file);
        if (testsOf(type).isEmpty() || WITHOUT_BROWSER.contains(type.getName())) {
          continue;
        }
        Optional<String> marker = firstMarker(Files.readString(file));
        if (marker.isPresent() && !isTagged(type)) {
          wrong.add(
              type.getSimpleName() + " names " + marker.get() + " but has no @Tag(\"browser\")");
        } else if (marker.isEmpty() && isTagged(type)) {
          wrong.add(type.getSimpleName() + " is tagged browser but names no marker of one");
        }
      }
    }
    assertEquals(List.of(), wrong, "tag the class, or add what starts its browser to MARKERS");
  }

  private static Class<?> classOf(Path file) {
    String path = SOURCES.relativize(file).toString();
    String name =
        path.substring(0, path.length() - ".java".length())
            .replace(file.getFileSystem().getSeparator(), ".");
    try {
      return Class.forName(name, false, BrowserTagTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(file + " compiles to no class " + name, e);
    }
  }

  private static List<Method> testsOf(Class<?> type) {
    return ReflectionSupport.findMethods(
        type,
        method -> AnnotationSupport.isAnnotated(method, Testable.class),
        HierarchyTraversalMode.TOP_DOWN);
  }

  private static boolean isTagged(Class<?> type) {
    return Stream.concat(Stream.of(type), testsOf(type).stream())
        .flatMap(
            element -> AnnotationSupport.findRepeatableAnnotations(element, Tag.class).stream())
        .anyMatch(tag -> tag.value().equals(TAG));
  }

  private static Optional<String> firstMarker(String source) {
    for (Pattern marker : MARKERS) {
      Matcher found = marker.matcher(source);
      if (found.find()) {
        return Optional.of(found.group());
      }
    }
    return Optional.empty();
  }
}
