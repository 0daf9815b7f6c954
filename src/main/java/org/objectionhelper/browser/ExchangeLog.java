package org.objectionhelper.browser;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.objectionhelper.web.Exchange;

/**
 * The exchanges with the hosts it is told to keep, requests and answers with their bodies, as the
 * browser's DevTools report them: what the web archive of a filing is made of. Fed by {@link
 * NetworkRecord} with the DevTools' events; an answer's body is asked for on a thread of its own as
 * soon as it has arrived, so that no event waits for it. See docs/ARCHITECTURE.md, "The web
 * archive".
 */
final class ExchangeLog implements AutoCloseable {

  /** At most this many bytes of answers are kept in all; past it, parts of pages go first. */
  static final long MAX_KEPT_BYTES = 32L << 20;

  /** An answer larger than this is left out (a video, say): no form page is this large. */
  static final int MAX_ANSWER_BYTES = 8 << 20;

  private static final int MAX_PAGES = 100;
  private static final int MAX_EARLY = 256;

  /** Headers that carry a person's session: never kept. */
  private static final Set<String> SESSION_HEADERS =
      Set.of("cookie", "set-cookie", "authorization", "proxy-authorization");

  private final Function<String, Optional<byte[]>> answerBodies;
  private final ExecutorService fetching =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "objection-helper-archive");
            thread.setDaemon(true);
            return thread;
          });
  private final Map<String, Open> open = new HashMap<>();

  /** Answers and ends reported before their request (by id), the newest {@value #MAX_EARLY}. */
  private final Map<String, Map<?, ?>> earlyAnswers = newestOnly();

  private final Map<String, Boolean> earlyEnds = newestOnly();
  private final List<Exchange> kept = new ArrayList<>();
  private volatile Set<String> hosts = Set.of();
  private long began;

  /** The pages the browser began to load, by place, the newest first. */
  private final NavigableMap<Long, String> pages = new TreeMap<Long, String>().descendingMap();

  private long keptBytes;
  private int pending;
  private int leftOut;

  /**
   * @param answerBodies the body of the answer to a request, by the browser's id of it; empty where
   *     the browser no longer has it
   */
  ExchangeLog(Function<String, Optional<byte[]>> answerBodies) {
    this.answerBodies = answerBodies;
  }

  /** From now on, keeps the exchanges with these hosts (and only these). */
  void keep(Set<String> hosts) {
    this.hosts = Set.copyOf(hosts);
  }

  /**
   * A request leaves ({@code Network.requestWillBeSent}); where it follows a redirect, the answer
   * that redirected ends the exchange before it.
   *
   * @param body the request's body as text, or ""
   */
  synchronized void requestSent(Map<?, ?> params, String body) {
    String id = String.valueOf(params.get("requestId"));
    if (params.get("redirectResponse") instanceof Map<?, ?> redirect) {
      Open before = open.remove(id);
      if (before != null) {
        before.answered(redirect);
        keep(before.done(new byte[0]));
      }
    }
    if (!(params.get("request") instanceof Map<?, ?> request)) {
      return;
    }
    URI url = URI.create(String.valueOf(request.get("url")));
    if (!kept(url)) {
      return;
    }
    Instant at = sentAt(params);
    boolean document = "Document".equals(params.get("type"));
    if (document) {
      pages.put(began, withoutFragment(url));
      if (pages.size() > MAX_PAGES) {
        pages.pollLastEntry();
      }
    }
    Open exchange =
        new Open(
            new Exchange(
                began++,
                at,
                url,
                String.valueOf(request.get("method")),
                document,
                withoutSession(request.get("headers")),
                body,
                0,
                "",
                Map.of(),
                new byte[0]));
    open.put(id, exchange);
    Map<?, ?> earlyAnswer = earlyAnswers.remove(id);
    if (earlyAnswer != null) {
      exchange.answered(earlyAnswer);
    }
    exchange.finished = earlyEnds.remove(id) != null;
    fetchIfDone(id, exchange);
  }

  private boolean kept(URI url) {
    return url.getHost() != null && hosts.contains(url.getHost().toLowerCase(Locale.ROOT));
  }

  /** When the browser sent a request, by its own wall clock, from its event. */
  static Instant sentAt(Map<?, ?> params) {
    return params.get("wallTime") instanceof Number wall
        ? Instant.ofEpochMilli(Math.round(wall.doubleValue() * 1000))
        : Instant.now();
  }

  /**
   * The answer's status and headers have arrived ({@code Network.responseReceived}). Selenium hands
   * the DevTools' events on in no set order: this may come before its request is known, or after
   * the answer's end.
   */
  synchronized void answered(Map<?, ?> params) {
    String id = String.valueOf(params.get("requestId"));
    if (!(params.get("response") instanceof Map<?, ?> response)) {
      return;
    }
    Open exchange = open.get(id);
    if (exchange == null) {
      if (kept(URI.create(String.valueOf(response.get("url"))))) {
        earlyAnswers.put(id, response);
      }
      return;
    }
    exchange.answered(response);
    fetchIfDone(id, exchange);
  }

  /**
   * The answer's body has arrived whole ({@code Network.loadingFinished}): it is asked for, once
   * its request and its status and headers are known too.
   */
  synchronized void finished(Map<?, ?> params) {
    String id = String.valueOf(params.get("requestId"));
    Open exchange = open.get(id);
    if (exchange == null) {
      earlyEnds.put(id, Boolean.TRUE);
      return;
    }
    exchange.finished = true;
    fetchIfDone(id, exchange);
  }

  private void fetchIfDone(String id, Open exchange) {
    if (exchange.finished && exchange.status != 0) {
      open.remove(id);
      fetch(id, exchange);
    }
  }

  private void fetch(String id, Open exchange) {
    pending++;
    fetching.execute(() -> fetched(exchange, answerBodies.apply(id)));
  }

  /** The request failed or was cancelled ({@code Network.loadingFailed}): nothing to keep. */
  synchronized void failed(Map<?, ?> params) {
    open.remove(String.valueOf(params.get("requestId")));
    notifyAll();
  }

  private synchronized void fetched(Open exchange, Optional<byte[]> body) {
    pending--;
    if (body.isPresent() && body.get().length <= MAX_ANSWER_BYTES) {
      keep(exchange.done(body.get()));
    } else {
      leftOut++;
    }
    notifyAll();
  }

  private void keep(Exchange exchange) {
    kept.add(exchange);
    keptBytes += exchange.responseBody().length;
    while (keptBytes > MAX_KEPT_BYTES) {
      Exchange dropped = removeOldest(kept.stream().anyMatch(ExchangeLog::isPart));
      keptBytes -= dropped.responseBody().length;
      leftOut++;
    }
  }

  /** A part of a page (a script, a picture), not a page nor what a form sent. */
  private static boolean isPart(Exchange exchange) {
    return !exchange.document() && exchange.requestBody().isEmpty();
  }

  private Exchange removeOldest(boolean partsFirst) {
    for (Iterator<Exchange> oldest = kept.iterator(); oldest.hasNext(); ) {
      Exchange exchange = oldest.next();
      if (!partsFirst || isPart(exchange)) {
        oldest.remove();
        return exchange;
      }
    }
    throw new IllegalStateException("nothing kept, yet over the bound");
  }

  /**
   * Whether an answer that belongs in the archive is still on its way: one being read, or one to a
   * page or to what a form sent (Meta's answer to the Send) that has not arrived whole.
   */
  private boolean awaited(long from) {
    return pending > 0
        || open.values().stream()
            .anyMatch(exchange -> exchange.asked.sequence() >= from && !isPart(exchange.asked));
  }

  /**
   * The exchanges kept so far that began at or after {@code from}, in the order they began, once
   * the answers still on their way to pages and to what forms sent are in (waiting at most {@code
   * patience} for them): the page may show Meta's answer before the browser reports it whole.
   */
  synchronized List<Exchange> since(long from, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (awaited(from) && deadline - System.nanoTime() > 0) {
      wait(Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()));
    }
    return kept.stream()
        .filter(exchange -> exchange.sequence() >= from)
        .sorted((a, b) -> Long.compare(a.sequence(), b.sequence()))
        .toList();
  }

  /**
   * Where the page at {@code address} began: the place of the last page loaded from there, else (an
   * address a page's script set) of the last page loaded at all, else of the next exchange.
   */
  synchronized long pageAt(URI address) {
    String wanted = withoutFragment(address);
    long last = began;
    for (Map.Entry<Long, String> page : pages.entrySet()) {
      if (page.getValue().equals(wanted)) {
        return page.getKey();
      }
      if (last == began) {
        last = page.getKey();
      }
    }
    return last;
  }

  private static String withoutFragment(URI address) {
    String text = address.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? text : text.substring(0, hash);
  }

  /** How many exchanges were left out: too large, or pushed out by the bound. */
  synchronized int leftOut() {
    return leftOut;
  }

  @Override
  public void close() {
    fetching.shutdownNow();
  }

  private static <V> Map<String, V> newestOnly() {
    return new LinkedHashMap<>() {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > MAX_EARLY;
      }
    };
  }

  private static Map<String, String> withoutSession(Object headers) {
    Map<String, String> kept = new LinkedHashMap<>();
    if (headers instanceof Map<?, ?> named) {
      named.forEach(
          (name, value) -> {
            if (!SESSION_HEADERS.contains(String.valueOf(name).toLowerCase(Locale.ROOT))) {
              kept.put(String.valueOf(name), String.valueOf(value));
            }
          });
    }
    return kept;
  }

  /** An exchange begun whose answer has not arrived whole. */
  private static final class Open {
    private final Exchange asked;
    private int status;
    private String statusText = "";
    private Map<String, String> responseHeaders = Map.of();
    private boolean finished;

    /**
     * @param asked the request, its answer still empty
     */
    Open(Exchange asked) {
      this.asked = asked;
    }

    void answered(Map<?, ?> response) {
      status = response.get("status") instanceof Number code ? code.intValue() : 0;
      statusText = String.valueOf(response.get("statusText"));
      responseHeaders = withoutSession(response.get("headers"));
    }

    Exchange done(byte[] body) {
      return asked.answered(status, statusText, responseHeaders, body);
    }
  }
}
