package org.objectionhelper.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectionhelper.basics.Language;
import org.objectionhelper.profile.ReasonTemplates;
import org.objectionhelper.web.RawHttp;

/**
 * The assistant's server as another program or another site meets it: only its own pages, only
 * under the secret address, only for its own Host and Origin, and gone when the run ends.
 */
class LocalGuideTest {
  @TempDir Path home;
  private final List<Path> opened = new ArrayList<>();
  private LocalGuide guide;
  private URI start;
  private URI origin;

  @BeforeEach
  void start() {
    guide =
        LocalGuide.start(
            Language.EN,
            opened::add,
            ReasonTemplates.bundledAnd(home.resolve("none.yaml")),
            new UsbSticks("Linux", "eva", home, List.of(), drive -> false));
    start = guide.address(LocalPage.START);
    origin = URI.create("http://127.0.0.1:" + start.getPort());
  }

  @AfterEach
  void stop() {
    guide.close();
  }

  private String host() {
    return "Host: 127.0.0.1:" + start.getPort();
  }

  @Test
  void servesItsPagesOnlyOnThisComputerUnderTheSecretAddress() throws IOException {
    assertEquals("127.0.0.1", start.getHost());
    assertTrue(start.getPath().length() > 20, "a secret in the address: " + start);
    assertEquals(200, RawHttp.status(RawHttp.send(origin, "GET", start.getPath(), host())));
    assertEquals(404, RawHttp.status(RawHttp.send(origin, "GET", "/", host())));
    assertEquals(404, RawHttp.status(RawHttp.send(origin, "GET", "/consent", host())));
    assertEquals(
        404, RawHttp.status(RawHttp.send(origin, "GET", start.getPath() + "etc/passwd", host())));
  }

  @Test
  void refusesAnotherHostNameAsAfterDnsRebinding() throws IOException {
    String answer =
        RawHttp.send(origin, "GET", start.getPath(), "Host: attacker.example:" + start.getPort());

    assertEquals(403, RawHttp.status(answer));
  }

  @Test
  void refusesAPostFromAnotherSiteOrWithoutOrigin() throws IOException {
    String openFolder = start.getPath() + "open-folder";

    assertEquals(
        403,
        RawHttp.status(
            RawHttp.send(origin, "POST", openFolder, host(), "Origin: http://attacker.example")));
    assertEquals(403, RawHttp.status(RawHttp.send(origin, "POST", openFolder, host())));
    assertEquals(List.of(), opened, "no folder opened for another site");
  }

  @Test
  void isGoneWhenTheRunEnds() {
    guide.close();

    assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", start.getPort()).close());
  }
}
