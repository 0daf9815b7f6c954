package org.objectionhelper.flow;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.function.UnaryOperator;
import org.objectionhelper.basics.Language;
import org.objectionhelper.browser.SentRequest;
import org.objectionhelper.evidence.SentBy;
import org.objectionhelper.flow.Scene.Sign;
import org.objectionhelper.page.AddressesInOrder;
import org.objectionhelper.page.AnsweringPage;
import org.objectionhelper.page.Banner;
import org.objectionhelper.page.FormChangedException;
import org.objectionhelper.page.Match;
import org.objectionhelper.page.PageOnTheWay;
import org.objectionhelper.page.SendMoment;
import org.objectionhelper.page.SendNotice;
import org.objectionhelper.profile.FieldSpec;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Locator;
import org.objectionhelper.time.FakeClock;

/**
 * A page for the flow's decisions without a browser: each opening of an address plays a script of
 * {@link Scene}s on a {@link FakeClock}, each from its time after the opening on ("the login gate,
 * and 3 s later the form's fields"). It also plays the page's notice of Send and the browser's
 * record of the form leaving, as the scenes say. An address opened without a script shows an empty
 * page; opened more often than scripted, it plays its last script again.
 */
final class ScriptedPage implements PageOnTheWay, AnsweringPage {
  private final FormProfile profile;
  private final FakeClock clock;
  private final Map<URI, Queue<Script>> scripts = new HashMap<>();
  private final List<URI> opened = new ArrayList<>();
  private final ShownBanner banner = new ShownBanner();
  private final AddressesInOrder addresses;
  private Script playing;
  private Instant openedAt;

  ScriptedPage(FormProfile profile, FakeClock clock) {
    this.profile = profile;
    this.clock = clock;
    this.addresses = new AddressesInOrder(profile);
  }

  /** The script of the next opening of {@code address}, to be written scene by scene. */
  Script opening(URI address) {
    Script script = new Script(address);
    scripts.computeIfAbsent(address, any -> new ArrayDeque<>()).add(script);
    return script;
  }

  /** Every address the tool opened, in order. */
  List<URI> opened() {
    return List.copyOf(opened);
  }

  /** Every text the banner showed, in order. */
  List<String> bannerShowed() {
    return List.copyOf(banner.shown);
  }

  /** The page's notice of Send, from the first scene that shows {@link Sign#SEND_PRESSED}. */
  SendNotice sendNotice() {
    return new SendNotice() {
      @Override
      public Optional<SendMoment> moment() {
        return since(Sign.SEND_PRESSED)
            .map(at -> new SendMoment(at, "click", Map.of(), Optional.empty()));
      }

      @Override
      public Map<String, String> valuesNow() {
        return Map.of();
      }
    };
  }

  /** The browser's record of the form leaving, as the scenes say, by the person or the page. */
  Delivery delivery() {
    return Delivery.recorded(
        () -> {
          List<SentForm> sent = new ArrayList<>();
          since(Sign.SENT_BY_PERSON).ifPresent(at -> sent.add(sentForm(at, SentBy.PERSON)));
          since(Sign.SENT_BY_PAGE).ifPresent(at -> sent.add(sentForm(at, SentBy.PAGE_ITSELF)));
          return sent;
        });
  }

  private SentForm sentForm(Instant at, SentBy by) {
    SentRequest request =
        new SentRequest(at, formAddress(), "POST", "application/x-www-form-urlencoded", "", false);
    return new SentForm(request, by, Map.of(), Map.of());
  }

  @Override
  public FormProfile profile() {
    return profile;
  }

  @Override
  public URI address() {
    return now().address();
  }

  @Override
  public Optional<Match> findNow(List<Locator> locators) {
    return locators.stream()
        .filter(now().elements()::contains)
        .findFirst()
        .map(found -> match(found.describe()));
  }

  @Override
  public Banner overlay() {
    return banner;
  }

  @Override
  public URI formAddress() {
    return addresses.current();
  }

  @Override
  public void open() {
    URI address = formAddress();
    opened.add(address);
    Queue<Script> queued = scripts.get(address);
    if (queued == null) {
      playing = new Script(address);
    } else {
      playing = queued.size() > 1 ? queued.remove() : queued.peek();
    }
    openedAt = clock.instant();
  }

  @Override
  public boolean openNextAddress() {
    if (!addresses.moveOn()) {
      return false;
    }
    open();
    return true;
  }

  @Override
  public Optional<String> loginIndicatorShown() {
    return now().sign(Sign.LOGIN_GATE);
  }

  @Override
  public Optional<Match> findNow(FieldSpec field) {
    return now().fields().contains(field.role())
        ? Optional.of(match("field '" + field.name() + "'"))
        : Optional.empty();
  }

  @Override
  public FormChangedException notFound(FieldSpec field, Duration waited) {
    return new FormChangedException(
        "page.not.found", field.name(), address(), waited.toMillis() / 1000.0, "");
  }

  @Override
  public Optional<String> unavailable() {
    return now().sign(Sign.UNAVAILABLE);
  }

  @Override
  public Duration unchangedFor() {
    return now().sign(Sign.DRAWING).isPresent()
        ? Duration.ZERO
        : Duration.between(openedAt.plus(playing.current().after()), clock.instant());
  }

  @Override
  public boolean asksAQuestion() {
    return now().sign(Sign.QUESTION).isPresent();
  }

  @Override
  public Optional<String> confirmation() {
    return now().sign(Sign.CONFIRMATION);
  }

  @Override
  public List<String> confirmationLines() {
    return now().sign(Sign.CONFIRMATION_LINE).or(this::confirmation).stream().toList();
  }

  @Override
  public Optional<String> sendError() {
    return now().sign(Sign.SEND_ERROR);
  }

  private Scene now() {
    return playing.current().scene();
  }

  /** When the scenes played so far first showed {@code sign}. */
  private Optional<Instant> since(Sign sign) {
    return playing.played().stream()
        .filter(timed -> timed.scene().sign(sign).isPresent())
        .findFirst()
        .map(timed -> openedAt.plus(timed.after()));
  }

  private static Match match(String how) {
    // No element stands behind a scripted match: the decisions read only how it was found.
    return new Match(null, how, false);
  }

  /** A scene and when it begins, counted from the opening. */
  private record Timed(Duration after, Scene scene) {}

  /** What one opening of an address shows, scene by scene. */
  final class Script {
    private final List<Timed> scenes = new ArrayList<>();

    private Script(URI address) {
      scenes.add(new Timed(Duration.ZERO, Scene.at(address)));
    }

    /** What the page shows at once. */
    Script shows(Scene scene) {
      scenes.set(0, new Timed(Duration.ZERO, scene));
      return this;
    }

    /** What the page shows from {@code after} the opening on. */
    Script after(Duration after, Scene scene) {
      scenes.add(new Timed(after, scene));
      return this;
    }

    /** The scene before, changed, from {@code after} the opening on. */
    Script after(Duration after, UnaryOperator<Scene> change) {
      return after(after, change.apply(scenes.get(scenes.size() - 1).scene()));
    }

    private List<Timed> played() {
      Duration sinceOpening = Duration.between(openedAt, clock.instant());
      return scenes.stream().filter(timed -> timed.after().compareTo(sinceOpening) <= 0).toList();
    }

    private Timed current() {
      List<Timed> played = played();
      return played.get(played.size() - 1);
    }
  }

  /** The tool's banner, as the texts it showed. */
  private static final class ShownBanner implements Banner {
    private final List<String> shown = new ArrayList<>();

    @Override
    public void show(Language language, String text) {
      shown.add(text);
    }

    @Override
    public void clear() {}
  }
}
