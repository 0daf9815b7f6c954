package org.objectionhelper.flow;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.objectionhelper.browser.NetworkRecord;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.web.Exchange;

/**
 * Which of the browser's exchanges go into the web archive: those with the form's allowed hosts,
 * from the form page on, so that the login before it never does. See docs/ARCHITECTURE.md, "The web
 * archive".
 */
final class ArchiveRecording {
  /**
   * How long the archive waits for answers still on their way: to pages and to what a form sent, or
   * arrived and still being read.
   */
  private static final Duration ANSWERS_READ = Duration.ofSeconds(2);

  private final Optional<NetworkRecord> network;
  private final FormProfile profile;
  private OptionalLong from = OptionalLong.empty();

  private ArchiveRecording(Optional<NetworkRecord> network, FormProfile profile) {
    this.network = network;
    this.profile = profile;
  }

  /** Keeps the exchanges with {@code profile}'s hosts from now on, where the browser records. */
  static ArchiveRecording start(Optional<NetworkRecord> network, FormProfile profile) {
    network.ifPresent(record -> record.archive(profile.allowedHosts()));
    return new ArchiveRecording(network, profile);
  }

  /** Whether there is a record to make an archive of (Chromium-based browsers). */
  boolean available() {
    return network.isPresent();
  }

  /** The form shows at {@code address}: the archive begins with the page loaded there. */
  void formShowsAt(URI address) {
    network.ifPresent(record -> from = OptionalLong.of(record.pageAt(address)));
  }

  /**
   * The exchanges for the archive, in the order they began; empty where there is no record or the
   * form never showed. Request bodies sent to the login gate's addresses are left out.
   */
  List<Exchange> exchanges() throws InterruptedException {
    if (network.isEmpty() || from.isEmpty()) {
      return List.of();
    }
    return network.get().exchanges(from.getAsLong(), ANSWERS_READ).stream()
        .filter(exchange -> profile.allows(exchange.url()))
        .map(this::archived)
        .toList();
  }

  /** How many exchanges the archive lacks: too large, or pushed out by its bound. */
  int leftOut() {
    return network.map(NetworkRecord::exchangesLeftOut).orElse(0);
  }

  private Exchange archived(Exchange exchange) {
    boolean toTheLogin =
        profile.login().urlContains().stream()
            .anyMatch(part -> exchange.url().toString().contains(part));
    return toTheLogin ? exchange.withoutRequestBody() : exchange;
  }
}
