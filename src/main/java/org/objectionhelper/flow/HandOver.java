package org.objectionhelper.flow;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.objectionhelper.page.SeenPage;

/**
 * A page the person must get past themselves (a question, Meta's privacy hub, a chooser at an
 * address no profile names): the tool says so in the terminal and the page and waits, as long as
 * the login timeout allows, while the person answers or chooses. It never answers or chooses
 * itself; it follows the person wherever the page leads, on the profile's hosts, and remembers the
 * pages seen on the way.
 */
final class HandOver {
  private final FlowSettings settings;
  private final PersonAtThePage person;
  private final Narrator narrator;
  private final PatientWait wait;
  private final Set<URI> pagesSeen = new LinkedHashSet<>();

  HandOver(FlowSettings settings, PersonAtThePage person, Narrator narrator, PatientWait wait) {
    this.settings = settings;
    this.person = person;
    this.narrator = narrator;
    this.wait = wait;
  }

  /**
   * Waits until the page shows something the tool acts on (the form, a login, a step, Meta's words
   * that nothing is here): returns what it shows then, or empty when the time is up.
   *
   * @param what the message key of the terminal line; with {@code .banner}, of the page's banner
   * @param hint what to choose, as the profile names it, else empty
   * @param stepName what the person is told the step is called
   * @param look one look at the page
   */
  Optional<PageSight> await(
      SeenPage page,
      String what,
      String hint,
      String stepName,
      Supplier<Optional<PageSight>> look) {
    narrator.say(what, narrator.platform(page.profile()), settings.loginTimeout(), hint);
    Optional<PageSight> next =
        wait.until(
            "pause.still.waiting",
            settings.loginTimeout(),
            () -> {
              Optional<PageSight> sight = look.get();
              if (sight.isPresent() && !forTheTool(sight.get())) {
                pagesSeen.add(withoutQuery(page.address()));
                narrator.show(page.overlay(), what + ".banner", hint);
              }
              person.duringPause(stepName);
              return sight.filter(HandOver::forTheTool);
            });
    page.overlay().clear();
    return next;
  }

  /** The addresses (without query) of the pages the person was asked to get past, in order. */
  List<URI> pagesSeen() {
    return List.copyOf(pagesSeen);
  }

  private static boolean forTheTool(PageSight sight) {
    return switch (sight.kind()) {
      case PRIVACY_HUB, QUESTION, ELSEWHERE -> false;
      case FORM, LOGIN, STEP, UNAVAILABLE, FORM_MISSING -> true;
    };
  }

  /** A page's address as the tool tells it: a query may hold what is none of the log's business. */
  static URI withoutQuery(URI address) {
    return URI.create(
        address.getScheme() + "://" + address.getRawAuthority() + address.getRawPath());
  }
}
