package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.browser.BrowserChoice;
import org.objectionhelper.browser.BrowserOptions;
import org.objectionhelper.evidence.EvidenceVerifier;
import org.objectionhelper.flow.ExitCode;
import org.objectionhelper.flow.ObjectionRequest;
import org.objectionhelper.flow.Outcome;
import org.objectionhelper.replica.ReplicaPerson;
import org.testcontainers.Testcontainers;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.selenium.BrowserWebDriverContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The whole flow in a Selenium browser container. Skipped where no Docker engine runs (as in our
 * CI); failing runs leave a VNC recording in target/vnc-recordings.
 */
@org.testcontainers.junit.jupiter.Testcontainers(disabledWithoutDocker = true)
@Tag("browser")
class ContainerEndToEndTest {
  private static final String EMAIL = "container@example.org";
  private static final String IMAGE =
      System.getProperty("objection.selenium.image", "selenium/standalone-chrome:4.35.0");
  private static final File RECORDINGS = new File("target/vnc-recordings");

  @Container
  static final BrowserWebDriverContainer BROWSER =
      new BrowserWebDriverContainer(DockerImageName.parse(IMAGE))
          .withAccessToHost(true)
          .withRecordingMode(
              BrowserWebDriverContainer.VncRecordingMode.RECORD_FAILING, mkdirs(RECORDINGS));

  @TempDir Path evidence;

  @Test
  void filesFromInsideTheContainerAgainstTheReplicaOnThisHost() {
    BrowserOptions options =
        BrowserOptions.headless(Language.EN)
            .with(BrowserChoice.CHROME)
            .onGrid(BROWSER.getSeleniumAddress());
    try (ReplicaHarness harness =
        new ReplicaHarness(
            Language.EN, evidence, options, ContainerEndToEndTest::seenFromContainer)) {
      Outcome outcome =
          harness.file(
              Platform.FACEBOOK,
              new ObjectionRequest(EMAIL, Optional.of("DE"), Optional.of("Not for training.")),
              ReplicaPerson.prompt(harness.origin(), EMAIL));

      assertEquals(ExitCode.OK, outcome.exitCode(), outcome.message());
      assertEquals("Not for training.", harness.replica.submissions().get(0).reason());
      assertTrue(new EvidenceVerifier().verify(outcome.evidence().orElseThrow()).isIntact());
    }
  }

  /**
   * The replica stays on the loopback interface: Testcontainers tunnels the port into the container
   * over SSH and connects to it from this JVM, so nothing listens on other interfaces.
   */
  private static URI seenFromContainer(URI replica) {
    Testcontainers.exposeHostPorts(replica.getPort());
    return URI.create("http://host.testcontainers.internal:" + replica.getPort());
  }

  private static File mkdirs(File folder) {
    folder.mkdirs();
    return folder;
  }
}
