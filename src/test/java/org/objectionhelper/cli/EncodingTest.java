package org.objectionhelper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Grüße ÄÖÜ ß" arrives intact whatever the locale, or is refused; never filed as replacement
 * characters.
 */
class EncodingTest {
  private static final String GREETING = "Grüße ÄÖÜ ß";

  @TempDir Path scratch;

  /** Under LANG=C Java reads the arguments as ASCII and turns every umlaut into U+FFFD. */
  @Test
  void underLangCAReasonWithUmlautsIsRefusedWithAClearMessage() throws Exception {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                classpath,
                Main.class.getName(),
                "file",
                "--platform",
                "facebook",
                "--email",
                "anna@example.org",
                "--reason",
                GREETING,
                "--headless",
                "--lang",
                "en",
                "--evidence-dir",
                scratch.resolve("proof").toString())
            .redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("LC_"));
    environment.put("LANG", "C");
    Process child = builder.start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));

    assertEquals(2, child.exitValue(), output);
    assertTrue(
        output.contains("The text of --reason contains characters that could not be read"), output);
    assertTrue(output.contains("--reason-file"), output);
  }

  /**
   * The launcher chooses UTF-8 where the locale has none, and keeps the language of the messages.
   */
  @Test
  void theLauncherSetsAUtf8LocaleUnderLangC() throws Exception {
    Path launcher = Path.of("scripts", "objection").toAbsolutePath();
    assumeTrue(
        Files.isExecutable(Path.of("/bin/bash")) && Files.isExecutable(launcher), "needs bash");
    Path root = scratch.resolve("root");
    Files.createDirectories(root.resolve("src/main"));
    Files.createDirectories(root.resolve("config"));
    Files.writeString(root.resolve("pom.xml"), "");
    Path script =
        Files.copy(launcher, Files.createDirectories(root.resolve("scripts")).resolve("objection"));
    Path jar = Files.createDirectories(root.resolve("target")).resolve("objection-helper.jar");
    Files.writeString(jar, "");
    jar.toFile().setLastModified(System.currentTimeMillis() + 60_000);
    Path bin = Files.createDirectories(scratch.resolve("bin"));
    Path fakeJava =
        Files.writeString(
            bin.resolve("java"),
            "#!/bin/bash\necho \"ctype=$(locale charmap) messages=${LC_MESSAGES:-} all=${LC_ALL:-}\"\n");
    fakeJava.toFile().setExecutable(true);

    ProcessBuilder builder =
        new ProcessBuilder("/bin/bash", script.toString(), "templates").redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("LC_"));
    environment.put("LANG", "C");
    environment.put("LC_ALL", "de_DE");
    environment.put("PATH", bin + ":" + environment.get("PATH"));
    Process child = builder.start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));

    // de_DE is not installed here, as so often: bash and locale warn about it first.
    List<String> lines = output.lines().toList();
    assertEquals("ctype=UTF-8 messages=de_DE all=", lines.get(lines.size() - 1), output);
  }
}
