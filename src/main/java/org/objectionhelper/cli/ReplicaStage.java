package org.objectionhelper.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.ReplicaSite;
import org.objectionhelper.replica.SampleDataSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled replica in place of Meta's forms, with a stand-in who logs in and clicks Send there:
 * what {@code demo} and {@code assist --replica} (a helper's rehearsal) share. The replica starts
 * on a thread of its own, beside the browser, and says where it runs once it is first needed.
 */
final class ReplicaStage implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReplicaStage.class);
  private final CompletableFuture<ReplicaSite> starting;
  private final Narrator narrator;
  private final String announcement;
  private boolean announced;

  /** Where the sample screenshot for the third-party form is written, for this run only. */
  private Path samples;

  private ReplicaStage(
      CompletableFuture<ReplicaSite> starting, Narrator narrator, String announcement) {
    this.starting = starting;
    this.narrator = narrator;
    this.announcement = announcement;
  }

  /**
   * For {@code --replica}: says at once that this run is a rehearsal and that nothing reaches Meta,
   * before the person is asked anything.
   */
  static ReplicaStage rehearsal(Narrator narrator) {
    ReplicaStage stage = start(ReplicaSite.Options.defaults(), narrator, "rehearsal.replica");
    stage.site();
    return stage;
  }

  /**
   * For {@code demo}: the replica's start, and its first page served to itself, overlap the
   * browser's start, so that the demo, like a filing with Meta, waits for the browser alone.
   */
  static ReplicaStage demo(ReplicaSite.Options options, Narrator narrator) {
    return start(options, narrator, "demo.replica");
  }

  private static ReplicaStage start(
      ReplicaSite.Options options, Narrator narrator, String announcement) {
    CompletableFuture<ReplicaSite> starting = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              ReplicaSite site;
              try {
                site = ReplicaSite.start(options);
              } catch (RuntimeException | Error e) {
                // Whoever waits for the replica learns why it did not start.
                starting.completeExceptionally(e);
                return;
              }
              // Usable from here on; the warm-up only makes the first page faster, and no one
              // waits for it.
              starting.complete(site);
              if (!site.warmUp()) {
                LOG.debug("the replica's first page was not served ahead of the browser");
              }
            },
            "objection-helper-replica-start");
    thread.setDaemon(true);
    thread.start();
    return new ReplicaStage(starting, narrator, announcement);
  }

  /** The replica once it is up; the first call says where it runs. */
  private ReplicaSite site() {
    ReplicaSite site;
    try {
      site = starting.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
    if (!announced) {
      narrator.say(announcement, site.origin());
      announced = true;
    }
    return site;
  }

  List<FormProfile> rehost(List<FormProfile> profiles) {
    URI origin = site().origin();
    return profiles.stream().map(profile -> profile.rehostedTo(origin)).toList();
  }

  /** Plays the person's part: logs in to the replica with {@code email} and clicks Send. */
  ReplicaPerson standIn(String email) {
    return ReplicaPerson.prompt(site().origin(), email);
  }

  /** The request with a made-up person's name, prompt and screenshot, for the third-party form. */
  ObjectionRequest withSampleDataSubject(ObjectionRequest request) {
    try {
      samples = samples == null ? Files.createTempDirectory("objection-demo-sample-") : samples;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder for the demo's sample screenshot", e);
    }
    return SampleDataSubject.addedTo(request, samples);
  }

  @Override
  public void close() {
    try {
      starting.join().close();
    } catch (CompletionException notStarted) {
      // Nothing runs that would need ending.
    } finally {
      if (samples != null) {
        deleteSamples();
      }
    }
  }

  /**
   * The sample is made up, not the person's: where it cannot be deleted, the demo still succeeded.
   */
  private void deleteSamples() {
    try (Stream<Path> files = Files.walk(samples)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | UncheckedIOException e) {
      LOG.info("the demo's sample screenshot could not be deleted: {}", e.getMessage());
    }
  }
}
