package org.objectionhelper.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.page.Poll;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.ProfileLoader;
import org.objectionhelper.time.FakeClock;

/**
 * What a test of one of the flow's decisions stands on: the bundled Facebook profile on a {@link
 * ScriptedPage}, a {@link FakeClock} that waits and sleeps take their time from, a terminal in
 * English and a person whose turns are noted.
 */
abstract class ScriptedRun {
  static final FormProfile FACEBOOK = ProfileLoader.bundled().load(Platform.FACEBOOK);
  static final FlowSettings SETTINGS =
      new FlowSettings(
          Duration.ofMinutes(10),
          Duration.ofMinutes(30),
          Duration.ofSeconds(15),
          Duration.ofSeconds(30),
          Path.of("evidence"),
          Optional.empty());

  final FakeClock clock = new FakeClock();
  final Messages messages = Messages.of(Language.EN);
  final ScriptedPage page = new ScriptedPage(FACEBOOK, clock);
  final TurnsTaken person = new TurnsTaken();
  private final StringWriter terminal = new StringWriter();
  final Narrator narrator = new Narrator(messages, new PrintWriter(terminal, true));
  PatientWait wait = new PatientWait(narrator, clock.time(), SETTINGS.progressEvery());

  /** What the terminal said so far. */
  String said() {
    return terminal.toString();
  }

  StepPause pause() {
    return new StepPause(SETTINGS.reviewTimeout(), person, narrator, wait);
  }

  /** Every sleep from now on is interrupted at once, as by Ctrl-C. */
  void interruptEverySleep() {
    wait = new PatientWait(narrator, clock.interruptedAsleep(), SETTINGS.progressEvery());
  }

  /** The decision ends its step on Ctrl-C, and the run ends as interrupted. */
  void assertEndsAsInterrupted(Executable decision) {
    try {
      Poll.InterruptedWait stopped = assertThrows(Poll.InterruptedWait.class, decision);

      assertEquals(
          ExitCode.INTERRUPTED, Abort.of(stopped, FACEBOOK, messages).orElseThrow().exitCode());
    } finally {
      Thread.interrupted();
    }
  }
}
