package org.objectionhelper.cli;

import java.util.List;
import org.objectionhelper.flow.Narrator;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.replica.ReplicaPerson;
import org.objectionhelper.replica.ReplicaSite;

/**
 * The bundled replica in place of Meta's forms, with a stand-in who logs in and clicks Send there:
 * what {@code demo} and {@code assist --replica} (a helper's rehearsal) share.
 */
final class ReplicaStage implements AutoCloseable {
  private final ReplicaSite site;

  private ReplicaStage(ReplicaSite site) {
    this.site = site;
  }

  static ReplicaStage start(Narrator narrator) {
    return start(ReplicaSite.Options.defaults(), narrator);
  }

  static ReplicaStage start(ReplicaSite.Options options, Narrator narrator) {
    ReplicaStage stage = new ReplicaStage(ReplicaSite.start(options));
    narrator.say("demo.replica", stage.site.origin());
    return stage;
  }

  List<FormProfile> rehost(List<FormProfile> profiles) {
    return profiles.stream().map(profile -> profile.rehostedTo(site.origin())).toList();
  }

  /** Plays the person's part: logs in to the replica with {@code email} and clicks Send. */
  ReplicaPerson standIn(String email) {
    return ReplicaPerson.prompt(site.origin(), email);
  }

  @Override
  public void close() {
    site.close();
  }
}
