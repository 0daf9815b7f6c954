package org.objectionhelper.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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
 * what {@code demo} and {@code assist --replica} (a helper's rehearsal) share.
 */
final class ReplicaStage implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReplicaStage.class);
  private final ReplicaSite site;

  /** Where the sample screenshot for the third-party form is written, for this run only. */
  private Path samples;

  private ReplicaStage(ReplicaSite site) {
    this.site = site;
  }

  /** For {@code --replica}: says that this run is a rehearsal and that nothing reaches Meta. */
  static ReplicaStage rehearsal(Narrator narrator) {
    return start(ReplicaSite.Options.defaults(), narrator, "rehearsal.replica");
  }

  static ReplicaStage demo(ReplicaSite.Options options, Narrator narrator) {
    return start(options, narrator, "demo.replica");
  }

  private static ReplicaStage start(
      ReplicaSite.Options options, Narrator narrator, String announcement) {
    ReplicaStage stage = new ReplicaStage(ReplicaSite.start(options));
    narrator.say(announcement, stage.site.origin());
    return stage;
  }

  List<FormProfile> rehost(List<FormProfile> profiles) {
    return profiles.stream().map(profile -> profile.rehostedTo(site.origin())).toList();
  }

  /** Plays the person's part: logs in to the replica with {@code email} and clicks Send. */
  ReplicaPerson standIn(String email) {
    return ReplicaPerson.prompt(site.origin(), email);
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
      site.close();
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
