package org.objectionhelper.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.replica.ReplicaSite;

/**
 * Time to a filled form, as a person feels it: objection-helper against the floor (plain Selenium)
 * and against Playwright, on the replica with the login already given, headless. Every figure is
 * measured from spawning the process to the line it prints when it got there. Run through {@code
 * scripts/benchmark}. Besides the demo (which runs the replica in its own process), {@code file}
 * runs as with Meta, against the benchmark's replica, and is ended once the form is filled. With
 * the system property {@code bench.against} (the folder of another build of this project, and
 * {@code bench.against.name} what to call it), that build's demo runs in the same alternation: the
 * machine's mood then falls on both alike.
 */
public final class Bench {
  static final String REASON =
      "Ich widerspreche einer Verwendung meiner persönlichen Daten und anderen Informationen, wie z.B. "
          + "Beiträge und Kommentare, für das Training von KI-Produkten und -Dienstleistungen von Meta und Llama.";
  private static final long TIMEOUT_SECONDS = 120;

  /** The line objection-helper prints once the form waits for review, in demo and file alike. */
  private static final Predicate<String> FILLED_IN =
      line -> line.startsWith("The form is filled in");

  private Bench() {}

  /** One measured process: milliseconds from spawn to each marker line, and its peak memory. */
  record Run(Map<String, Long> millisToMarker, long peakRssKb) {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path root = Path.of("").toAbsolutePath();
    String classpath = System.getProperty("java.class.path");
    Optional<Path> playwright = playwrightScript(root);
    Map<String, List<Long>> figures = new LinkedHashMap<>();
    List<Long> rss = new ArrayList<>();
    Optional<Path> againstRoot =
        Optional.ofNullable(System.getProperty("bench.against")).map(Path::of);
    String againstName = System.getProperty("bench.against.name", "the other build");

    try (ReplicaSite replica =
        ReplicaSite.start(ReplicaSite.Options.defaults().withEveryoneSignedIn())) {
      String formUrl = replica.formUrl(Platform.FACEBOOK).toString();
      List<String> helper = demo(root);
      Optional<List<String>> otherHelper = againstRoot.map(Bench::demo);
      List<String> filing = file(root, replica.origin());
      List<String> floor =
          List.of(javaBinary(), "-cp", classpath, FloorFill.class.getName(), formUrl);
      List<String> peer =
          playwright
              .map(script -> List.of("node", script.toString(), formUrl, REASON))
              .orElse(List.of());

      for (int i = 0; i <= runs; i++) {
        boolean warmUp = i == 0;
        // Which build goes first alternates too: the first of two runs meets a calmer machine.
        Optional<Run> againstBefore =
            i % 2 == 0 ? otherHelper.map(Bench::measureDemo) : Optional.empty();
        Run ours = measureDemo(helper);
        Optional<Run> against = i % 2 == 0 ? againstBefore : otherHelper.map(Bench::measureDemo);
        Run filed = measure(filing, Map.of("review", FILLED_IN), true);
        Run plain = measure(floor, Map.of("filled", line -> line.startsWith("filled")));
        Optional<Run> other =
            peer.isEmpty()
                ? Optional.empty()
                : Optional.of(measure(peer, Map.of("filled", "filled"::equals)));
        if (warmUp) {
          continue;
        }
        add(
            figures,
            "objection-helper: to filled form (review)",
            ours.millisToMarker().get("review"));
        add(
            figures,
            "objection-helper file (no replica in it): to filled form",
            filed.millisToMarker().get("review"));
        add(
            figures,
            "objection-helper: to evidence complete",
            ours.millisToMarker().get("evidence"));
        add(
            figures,
            "evidence capture alone",
            ours.millisToMarker().get("evidence") - ours.millisToMarker().get("confirmed"));
        against.ifPresent(
            run ->
                add(
                    figures,
                    againstName + ": to filled form (review)",
                    run.millisToMarker().get("review")));
        add(figures, "floor: plain Selenium, same fill", plain.millisToMarker().get("filled"));
        other.ifPresent(
            run ->
                add(
                    figures,
                    "Playwright (playwright-core), same fill",
                    run.millisToMarker().get("filled")));
        rss.add(ours.peakRssKb());
      }
    }
    print(runs, figures, rss, playwright.isPresent());
    againstRoot.ifPresent(other -> printComparison(figures, againstName));
  }

  /**
   * The ratio of the medians, and the median of each pair's ratio: the two runs of a pair follow
   * each other, so the machine's mood, which varies more than the builds do, falls on both.
   */
  private static void printComparison(Map<String, List<Long>> figures, String againstName) {
    List<Long> ours = figures.get("objection-helper: to filled form (review)");
    List<Long> theirs = figures.get(againstName + ": to filled form (review)");
    List<Double> pairs = new ArrayList<>();
    for (int i = 0; i < ours.size(); i++) {
      pairs.add((double) ours.get(i) / theirs.get(i));
    }
    Collections.sort(pairs);
    System.out.printf(
        Locale.ROOT,
        "objection-helper / %s: %.2f (medians), %.2f (median of the %d pairs, %.2f–%.2f)%n",
        againstName,
        (double) median(ours) / median(theirs),
        pairs.get(pairs.size() / 2),
        pairs.size(),
        pairs.get(0),
        pairs.get(pairs.size() - 1));
  }

  /** The demo of the build in {@code root}, through the launcher a person uses. */
  private static List<String> demo(Path root) {
    return objection(root, "demo", "--already-logged-in");
  }

  /**
   * {@code file} as a person runs it, against the benchmark's replica through the bundled Facebook
   * profile edited to point there (http:// is allowed for this computer): no replica runs in its
   * process, as none does when a person files with Meta.
   */
  private static List<String> file(Path root, URI origin) {
    try {
      Path profiles = Files.createTempDirectory("bench-profiles");
      String facebook = Files.readString(root.resolve("config/forms/facebook.yaml"));
      Files.writeString(
          profiles.resolve("facebook.yaml"),
          facebook
              .replace("https://www.facebook.com", origin.toString())
              .replace("https://help.meta.com", origin.toString())
              .replaceAll("(?m)^allowedHosts: .*$", "allowedHosts: [" + origin.getHost() + "]"));
      return objection(
          root,
          "file",
          "--headless",
          "--email",
          "bench@example.org",
          "--country",
          "DE",
          "--profiles",
          profiles.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code command} of the build in {@code root} on the Facebook form, in English, with the sample
   * reason and a fresh evidence folder.
   */
  private static List<String> objection(Path root, String command, String... options) {
    List<String> line = new ArrayList<>();
    line.addAll(
        List.of(
            root.resolve("scripts/objection").toString(),
            command,
            "--platform",
            "facebook",
            "--lang",
            "en",
            "--reason",
            REASON));
    line.addAll(List.of(options));
    try {
      line.addAll(
          List.of("--evidence-dir", Files.createTempDirectory("bench-evidence").toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line;
  }

  private static Run measureDemo(List<String> demo) {
    try {
      return measure(
          demo,
          Map.of(
              "review", FILLED_IN,
              "confirmed", line -> line.endsWith("has confirmed your objection."),
              "evidence", line -> line.startsWith("Your proof is saved in")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    }
  }

  private static void add(Map<String, List<Long>> figures, String name, long millis) {
    figures.computeIfAbsent(name, key -> new ArrayList<>()).add(millis);
  }

  private static Optional<Path> playwrightScript(Path root) {
    Path module = root.resolve("bench/node_modules/playwright-core");
    return Files.isDirectory(module)
        ? Optional.of(root.resolve("bench/playwright-fill.mjs"))
        : Optional.empty();
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Spawns the command and notes when each marker line appears; polls the peak RSS meanwhile. */
  static Run measure(List<String> command, Map<String, Predicate<String>> markers)
      throws IOException, InterruptedException {
    return measure(command, markers, false);
  }

  /**
   * As {@link #measure(List, Map)}; with {@code endOnceSeen}, ends the process (SIGTERM: it keeps
   * what it has, as on Ctrl-C) once every marker has appeared, and waits for it to end, whatever
   * its exit code.
   */
  static Run measure(
      List<String> command, Map<String, Predicate<String>> markers, boolean endOnceSeen)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Map<String, Long> seen = new LinkedHashMap<>();
    long[] peak = {0};
    Thread rssWatch = new Thread(() -> watchPeakRss(process, peak));
    rssWatch.setDaemon(true);
    rssWatch.start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        output.append(line).append('\n');
        String text = line.trim();
        markers.forEach(
            (name, matches) -> {
              if (!seen.containsKey(name) && matches.test(text)) {
                seen.put(name, millis);
              }
            });
        if (endOnceSeen && seen.size() == markers.size()) {
          process.toHandle().destroy();
        }
      }
    }
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)
        || (!endOnceSeen && process.exitValue() != 0)
        || seen.size() != markers.size()) {
      process.destroyForcibly();
      throw new IllegalStateException("benchmark run failed: " + command.get(0) + "\n" + output);
    }
    rssWatch.join();
    return new Run(seen, peak[0]);
  }

  private static void watchPeakRss(Process process, long[] peak) {
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    while (process.isAlive()) {
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("VmHWM:")) {
            peak[0] = Math.max(peak[0], Long.parseLong(line.replaceAll("\\D", "")));
          }
        }
        Thread.sleep(20);
      } catch (IOException | InterruptedException | RuntimeException gone) {
        return;
      }
    }
  }

  private static void print(
      int runs, Map<String, List<Long>> figures, List<Long> rss, boolean withPlaywright) {
    System.out.printf(
        Locale.ROOT,
        "%d runs each after one warm-up, alternating; headless Chromium %s; %d cores%n%n",
        runs,
        chromiumVersion(),
        Runtime.getRuntime().availableProcessors());
    System.out.printf(Locale.ROOT, "| %-44s | %9s | %15s |%n", "what", "median ms", "min–max ms");
    System.out.printf(Locale.ROOT, "| %-44s | %9s | %15s |%n", "---", "---:", "---:");
    figures.forEach(
        (name, values) ->
            System.out.printf(
                Locale.ROOT,
                "| %-44s | %9d | %15s |%n",
                name,
                median(values),
                Collections.min(values) + "–" + Collections.max(values)));
    System.out.printf(
        Locale.ROOT,
        "| %-44s | %9d | %15s |%n",
        "objection-helper JVM peak RSS (MB)",
        median(rss) / 1024,
        Collections.min(rss) / 1024 + "–" + Collections.max(rss) / 1024);
    long ours = median(figures.get("objection-helper: to filled form (review)"));
    System.out.printf(
        Locale.ROOT,
        "%nobjection-helper / floor: %.2f%n",
        (double) ours / median(figures.get("floor: plain Selenium, same fill")));
    if (withPlaywright) {
      System.out.printf(
          Locale.ROOT,
          "objection-helper / Playwright: %.2f%n",
          (double) ours / median(figures.get("Playwright (playwright-core), same fill")));
    } else {
      System.out.println(
          "Playwright: skipped (bench/node_modules/playwright-core is not installed; scripts/benchmark installs it with npm)");
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static String chromiumVersion() {
    try {
      Process process =
          new ProcessBuilder("/usr/bin/chromium", "--version").redirectErrorStream(true).start();
      String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return version.replaceAll("(?s).*?(\\d+\\.\\d+\\.\\d+\\.\\d+).*", "$1");
    } catch (IOException e) {
      return "(version unknown)";
    }
  }
}
