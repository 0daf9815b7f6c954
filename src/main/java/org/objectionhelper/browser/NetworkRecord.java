package org.objectionhelper.browser;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectionhelper.web.Exchange;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.Connection;
import org.openqa.selenium.devtools.Event;
import org.openqa.selenium.devtools.idealized.target.model.SessionID;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.JsonInput;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.remote.http.HttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the browser really did, as its DevTools report it: every request that left (with its body),
 * and every trusted click or key a person (or WebDriver) made. A page's scripts can rewrite the
 * page, but not this record: it is read from the browser, not from the page. Chromium-based
 * browsers only; see docs/ARCHITECTURE.md, "What Meta received".
 *
 * <p>The DevTools protocol is spoken through Selenium's own connection with commands by name, so
 * that it does not depend on the browser's version.
 */
public final class NetworkRecord implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NetworkRecord.class);

  /**
   * At most this many requests with a body, and as many gestures, are kept, the newest: a page that
   * floods the record cannot push out the person's Send that follows.
   */
  static final int MAX_KEPT = 500;

  /** At most this many characters of request bodies are kept in all, the newest. */
  static final long MAX_BODIES = 64L << 20;

  /** A request body longer than this is kept cut off (Meta's form posts a few kilobytes). */
  static final int MAX_BODY = 1 << 20;

  private static final String WORLD = "objection-helper";
  private static final String BINDING = "__objectionHelperGesture";
  private static final Duration ANSWER_TIME = Duration.ofSeconds(5);
  private static final Set<String> WATCHED_TARGETS = Set.of("page", "iframe");
  private static final String GESTURE_WATCH = BundledText.read("/browser/gesture-watch.js");

  private final Connection connection;
  private final Deque<SentRequest> requests = new ArrayDeque<>();
  private final Deque<Gesture> gestures = new ArrayDeque<>();
  private final Deque<Gesture> edits = new ArrayDeque<>();
  private long bodies;
  private final Set<SessionID> sessions = ConcurrentHashMap.newKeySet();
  private final ExchangeLog exchanges = new ExchangeLog(this::answerBody);

  private NetworkRecord(Connection connection) {
    this.connection = connection;
  }

  /**
   * Starts recording in the browser {@code driver} drives, in every tab and frame from now on;
   * empty where the browser offers no DevTools (Firefox) or they cannot be reached.
   */
  public static Optional<NetworkRecord> of(WebDriver driver) {
    Optional<URI> endpoint = devToolsEndpoint(driver);
    if (endpoint.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI socket = endpoint.get();
      URI base = URI.create("http://" + socket.getAuthority());
      HttpClient client =
          HttpClient.Factory.createDefault()
              .createClient(ClientConfig.defaultConfig().baseUri(base));
      NetworkRecord record = new NetworkRecord(new Connection(client, socket.toString()));
      record.start();
      return Optional.of(record);
    } catch (WebDriverException | UncheckedIOException e) {
      LOG.info("the browser's DevTools could not be reached; what is sent is not checked", e);
      return Optional.empty();
    }
  }

  /** The browser's DevTools address as the driver reports it ({@code se:cdp}). */
  static Optional<URI> devToolsEndpoint(WebDriver driver) {
    if (!(driver instanceof HasCapabilities reporting)) {
      return Optional.empty();
    }
    Capabilities capabilities = reporting.getCapabilities();
    Object address = capabilities.getCapability("se:cdp");
    return address == null || String.valueOf(address).isBlank()
        ? Optional.empty()
        : Optional.of(URI.create(String.valueOf(address)));
  }

  /** Every request that left so far, in the order the browser sent them. */
  public synchronized List<SentRequest> requests() {
    return List.copyOf(requests);
  }

  /** Every trusted click, activating key (Enter, Space) and edit so far, in order. */
  public synchronized List<Gesture> gestures() {
    List<Gesture> all = new ArrayList<>(gestures);
    all.addAll(edits);
    all.sort(Comparator.comparing(Gesture::at));
    return List.copyOf(all);
  }

  /**
   * From now on, keeps the exchanges with these hosts, answers included, for the web archive; until
   * this is said, none are kept.
   */
  public void archive(Set<String> hosts) {
    exchanges.keep(hosts);
  }

  /** Where the page at {@code address} began among the exchanges kept: see {@link #exchanges}. */
  public long pageAt(URI address) {
    return exchanges.pageAt(address);
  }

  /**
   * The exchanges kept that began at or after {@code from} ({@link #pageAt}), once the answers to
   * pages and to what forms sent are in (waiting at most {@code patience}).
   */
  public List<Exchange> exchanges(long from, Duration patience) throws InterruptedException {
    return exchanges.since(from, patience);
  }

  /** How many exchanges the web archive lacks: too large, or pushed out by its bound. */
  public int exchangesLeftOut() {
    return exchanges.leftOut();
  }

  private void start() {
    connection.addListener(
        new Event<>("Target.attachedToTarget", NetworkRecord::readMap),
        (sequence, params) -> attached(params));
    connection.addListener(
        new Event<>("Network.requestWillBeSent", NetworkRecord::readMap),
        (sequence, params) -> requestSent(params));
    connection.addListener(
        new Event<>("Network.responseReceived", NetworkRecord::readMap),
        (sequence, params) -> exchanges.answered(params));
    connection.addListener(
        new Event<>("Network.loadingFinished", NetworkRecord::readMap),
        (sequence, params) -> exchanges.finished(params));
    connection.addListener(
        new Event<>("Network.loadingFailed", NetworkRecord::readMap),
        (sequence, params) -> exchanges.failed(params));
    connection.addListener(
        new Event<>("Runtime.bindingCalled", NetworkRecord::readMap),
        (sequence, params) -> bindingCalled(params));
    connection.sendAndWait(null, autoAttach(), ANSWER_TIME);
  }

  private static Command<Void> autoAttach() {
    return new Command<>(
        "Target.setAutoAttach",
        Map.of("autoAttach", true, "waitForDebuggerOnStart", true, "flatten", true));
  }

  /**
   * A new tab or frame: recorded from its first request on. It waits for this before it runs (the
   * auto-attach above), so that the watch for gestures is in place before the page's own scripts.
   */
  private void attached(Map<String, Object> params) {
    SessionID session = new SessionID(String.valueOf(params.get("sessionId")));
    Object info = params.get("targetInfo");
    String type = info instanceof Map<?, ?> target ? String.valueOf(target.get("type")) : "";
    if (WATCHED_TARGETS.contains(type)) {
      sessions.add(session);
      connection.send(
          session, new Command<>("Network.enable", Map.of("maxPostDataSize", MAX_BODY)));
      connection.send(session, new Command<>("Runtime.enable", Map.of()));
      // Without the page domain on, the script below runs only in the first document.
      connection.send(session, new Command<>("Page.enable", Map.of()));
      connection.send(
          session,
          new Command<>(
              "Runtime.addBinding", Map.of("name", BINDING, "executionContextName", WORLD)));
      connection.send(
          session,
          new Command<>(
              "Page.addScriptToEvaluateOnNewDocument",
              Map.of("source", GESTURE_WATCH, "worldName", WORLD, "runImmediately", true)));
      connection.send(session, autoAttach());
    }
    connection.send(session, new Command<>("Runtime.runIfWaitingForDebugger", Map.of()));
  }

  /**
   * Keeps a request that carries a body (read, or one the browser does not hand out): only such a
   * request can carry a form's fields.
   */
  private void requestSent(Map<String, Object> params) {
    if (!(params.get("request") instanceof Map<?, ?> request)) {
      return;
    }
    String url = String.valueOf(request.get("url"));
    if (!url.startsWith("http:") && !url.startsWith("https:")) {
      return;
    }
    String body = body(request, String.valueOf(params.get("requestId")));
    exchanges.requestSent(params, body);
    // A body with a file in it (a navigation that uploads) the browser does not hand out.
    boolean unread = body.isEmpty() && Boolean.TRUE.equals(request.get("hasPostData"));
    if (body.isEmpty() && !unread) {
      return;
    }
    keep(
        new SentRequest(
            ExchangeLog.sentAt(params),
            URI.create(url),
            String.valueOf(request.get("method")),
            contentType(request.get("headers")),
            body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body,
            unread));
  }

  private synchronized void keep(SentRequest request) {
    requests.addLast(request);
    bodies += request.body().length();
    while (requests.size() > MAX_KEPT || bodies > MAX_BODIES) {
      bodies -= requests.removeFirst().body().length();
    }
  }

  /**
   * The request's body: as the event carries it, else (a body with a file in it) as the browser
   * answers for it.
   */
  private String body(Map<?, ?> request, String requestId) {
    if (request.get("postData") instanceof String inline) {
      return inline;
    }
    if (request.get("postDataEntries") instanceof List<?> entries && !entries.isEmpty()) {
      StringBuilder joined = new StringBuilder();
      for (Object entry : entries) {
        if (entry instanceof Map<?, ?> part && part.get("bytes") instanceof String bytes) {
          joined.append(new String(Base64.getDecoder().decode(bytes), StandardCharsets.UTF_8));
        }
      }
      if (!joined.isEmpty()) {
        return joined.toString();
      }
    }
    if (!Boolean.TRUE.equals(request.get("hasPostData"))) {
      return "";
    }
    return askTheTabOf(requestId, "Network.getRequestPostData")
        .map(answer -> String.valueOf(answer.get("postData")))
        .orElse("");
  }

  /** The body of an answer, from the tab or frame that received it. */
  private Optional<byte[]> answerBody(String requestId) {
    return askTheTabOf(requestId, "Network.getResponseBody")
        .map(
            answer -> {
              String body = String.valueOf(answer.get("body"));
              return Boolean.TRUE.equals(answer.get("base64Encoded"))
                  ? Base64.getDecoder().decode(body)
                  : body.getBytes(StandardCharsets.UTF_8);
            });
  }

  /**
   * Asks {@code command} about a request of the tab or frame that made it: the events do not say
   * which, so each is asked, and the one that knows the request answers.
   */
  private Optional<Map<String, Object>> askTheTabOf(String requestId, String command) {
    Command<Map<String, Object>> ask =
        new Command<>(command, Map.of("requestId", requestId), NetworkRecord::readMap);
    for (SessionID session : sessions) {
      try {
        return Optional.of(connection.sendAndWait(session, ask, ANSWER_TIME));
      } catch (WebDriverException notThisTab) {
        LOG.debug("{} not answered in this tab", command, notThisTab);
      }
    }
    return Optional.empty();
  }

  private static String contentType(Object headers) {
    if (headers instanceof Map<?, ?> named) {
      for (Map.Entry<?, ?> header : named.entrySet()) {
        if ("content-type".equalsIgnoreCase(String.valueOf(header.getKey()))) {
          return String.valueOf(header.getValue());
        }
      }
    }
    return "";
  }

  private void bindingCalled(Map<String, Object> params) {
    if (BINDING.equals(params.get("name"))) {
      Gesture.parse(String.valueOf(params.get("payload"))).ifPresent(this::keep);
    }
  }

  /** Edits are kept apart: a person typing a long text cannot push out the clicks. */
  private synchronized void keep(Gesture gesture) {
    Deque<Gesture> kept = gesture.edit().isPresent() ? edits : gestures;
    kept.addLast(gesture);
    if (kept.size() > MAX_KEPT) {
      kept.removeFirst();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readMap(JsonInput input) {
    return (Map<String, Object>) input.read(Json.MAP_TYPE);
  }

  @Override
  public void close() {
    exchanges.close();
    try {
      connection.close();
    } catch (RuntimeException alreadyGone) {
      LOG.debug("the DevTools connection was already closed", alreadyGone);
    }
  }
}
