package org.objectionhelper.replica;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;
import org.objectionhelper.html.Template;
import org.objectionhelper.web.Response;

/**
 * The other addresses in circulation for each platform's objection form (Facebook 6359191084165019
 * and 1266025207620918 beside 712876720715583, Instagram 233964459562201 beside 767264225370182),
 * Meta's page for an address that shows nothing, and Meta's privacy hub
 * (help.meta.com/support/privacy, where Meta began moving privacy forms in 2026), whose choice
 * "object to the use of my information for Meta AI" leads to the form. Which address shows what is
 * switchable on a running replica ({@link ReplicaSite#move}). As everywhere in the replica, the
 * words are those publicly known to have appeared.
 */
public final class MovedForms {

  /** Which of a form's addresses show it. */
  public enum Moves {
    /** Every address shows the form. */
    NONE,
    /** The first address shows "This content isn't available right now"; the others the form. */
    FIRST_UNAVAILABLE,
    /** The first address leads to the privacy hub, with a link to the form; the others show it. */
    FIRST_TO_PRIVACY_HUB,
    /**
     * The first address leads to a chooser at an address no profile names, with a link to the form
     * at another such address; the others show the form.
     */
    FIRST_TO_CHOOSER,
    /** No address shows the form any more. */
    ALL_UNAVAILABLE
  }

  static final String HUB_PATH = "/support/privacy";

  static final String CHOOSER_PATH = "/privacy/center/requests";

  /** The query parameter that tells the hub which platform's form its choice leads to. */
  private static final String FROM = "from";

  private static final Map<Platform, List<String>> OTHER_ADDRESSES =
      Map.of(
          Platform.FACEBOOK,
          List.of("/help/contact/6359191084165019", "/help/contact/1266025207620918"),
          Platform.INSTAGRAM,
          List.of("/contact/233964459562201"));

  private final Template unavailable = Template.load("replica/unavailable.html");
  private final Template hub = Template.load("replica/privacy-hub.html");
  private final Template chooser = Template.load("replica/chooser.html");
  private final Layout layout;
  private final Texts texts;
  private final AtomicReference<Moves> moves = new AtomicReference<>(Moves.NONE);

  MovedForms(Layout layout, Texts texts) {
    this.layout = layout;
    this.texts = texts;
  }

  void set(Moves now) {
    moves.set(now);
  }

  /**
   * Serves the platform's form at each of its addresses (the first is {@code site.formPath()}) and
   * behind the hub, each as {@link #moves} says.
   */
  void route(Router router, PlatformSite site, Function<Request, Response> form) {
    router.get(site.formPath(), request -> at(0, site, request, form));
    List<String> others = OTHER_ADDRESSES.get(site.platform());
    for (int index = 0; index < others.size(); index++) {
      int number = index + 1;
      router.get(others.get(index), request -> at(number, site, request, form));
    }
    router.get(hubFormPath(site.platform()), form);
    router.get(chosenFormPath(site.platform()), form);
  }

  /** Meta's privacy hub: the choice of requests. */
  Response hub(Request request) {
    return choice(request, "hub.", hub, hubFormPath(from(request)));
  }

  /** The chooser no profile names: the choice of requests, at another address. */
  Response chooser(Request request) {
    return choice(request, "chooser.", chooser, chosenFormPath(from(request)));
  }

  private Response choice(Request request, String texts, Template page, String formPath) {
    Language language = request.language();
    Map<String, String> values = new HashMap<>(this.texts.all(language, texts));
    values.put("aiObjection", formPath);
    return Response.html(
        layout.render(
            language, this.texts.get(language, texts + "title"), "Meta", page.render(values)));
  }

  /** The platform whose form a choice leads to. */
  private static Platform from(Request request) {
    return PlatformSite.WITH_ACCOUNTS.stream()
        .filter(platform -> request.query(FROM).filter(platform.id()::equals).isPresent())
        .findFirst()
        .orElse(Platform.FACEBOOK);
  }

  /** The login gate comes first, as at every address of Meta's forms. */
  private Response at(
      int index, PlatformSite site, Request request, Function<Request, Response> form) {
    Response shown = form.apply(request);
    if (shown.status() != 200) {
      return shown;
    }
    return switch (moves.get()) {
      case NONE -> shown;
      case FIRST_UNAVAILABLE -> index == 0 ? unavailable(request.language()) : shown;
      case FIRST_TO_PRIVACY_HUB ->
          index == 0
              ? Response.redirect(HUB_PATH + "?" + FROM + "=" + site.platform().id())
              : shown;
      case FIRST_TO_CHOOSER ->
          index == 0
              ? Response.redirect(CHOOSER_PATH + "/?" + FROM + "=" + site.platform().id())
              : shown;
      case ALL_UNAVAILABLE -> unavailable(request.language());
    };
  }

  private Response unavailable(Language language) {
    String heading = texts.get(language, "unavailable.heading");
    return Response.html(
        404,
        layout.render(
            language, heading, "Meta", unavailable.render(texts.all(language, "unavailable."))));
  }

  private static String hubFormPath(Platform platform) {
    return HUB_PATH + "/ai-objection/" + platform.id();
  }

  private static String chosenFormPath(Platform platform) {
    return CHOOSER_PATH + "/ai/" + platform.id() + "/object";
  }
}
