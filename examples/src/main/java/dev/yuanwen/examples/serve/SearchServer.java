package dev.yuanwen.examples.serve;

import dev.yuanwen.align.Aligner;
import dev.yuanwen.examples.render.AlignmentHtml;
import dev.yuanwen.examples.render.SearchJson;
import dev.yuanwen.examples.render.SearchPage;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.Language;
import dev.yuanwen.index.SearchRequest;
import dev.yuanwen.index.SearchResults;
import dev.yuanwen.index.Side;
import dev.yuanwen.index.StoredDocument;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small local web server for searching a {@link CorpusIndex}, on Jetty's core handlers.
 *
 * <ul>
 *   <li>{@code GET /}: the search page ({@link SearchPage}); parameters {@code q}, {@code lang}
 *       (zh, en or mixed; absent: detected), {@code side} (zh or en; absent: both), {@code doc},
 *       {@code outlet}, {@code tag} and {@code page} (1-based, {@value SearchPage#PAGE_SIZE} hits a
 *       page). A bad parameter, or a page past the last, gives 400 and the page with a short message.
 *   <li>{@code GET /api/search}: the same parameters; the JSON of {@code yuanwen search --json}
 *       ({@link SearchJson}); a bad parameter gives 400 and {@code {"error": "..."}}.
 *   <li>{@code GET /health}: {@code {"status":"ok","documents":N}}.
 *   <li>{@code GET /doc/ID}: the document side by side ({@link AlignmentHtml}), re-aligned from the
 *       stored texts; 404 for an unknown id.
 *   <li>HEAD is answered as GET without the body; any other path is 404, any other method 405.
 * </ul>
 *
 * Limits: a connection idle for {@value #IDLE_TIMEOUT_MS} ms (also while its headers are being
 * read) is closed, and so is one whose request line and headers are not complete {@value
 * #HEADER_DEADLINE_MS} ms after their first byte, however steadily they trickle in; the request line and headers together may take {@value #MAX_HEADER_BYTES} bytes
 * (414 for a longer request line, 431 for longer headers); at most {@value #MAX_THREADS} threads
 * and {@value #MAX_CONNECTIONS} connections. Searches and document pages run on their own few
 * threads (one per core and one more by default), in the order they arrive, at most {@value #MAX_WAITING}
 * waiting; past that the answer is 503 with {@code Retry-After}. Run in turn rather than all at
 * once, a burst of requests keeps each one's latency close to the others' instead of stretching
 * the costly ones; {@code /health} is answered at once, however busy the server. {@link #stop()} lets requests under way finish (up to
 * {@value #STOP_TIMEOUT_MS} ms) and refuses new ones. Every request gets an access-log line through
 * SLF4J, logger {@value #ACCESS_LOG}, at INFO.
 *
 * <p>Every page is UTF-8 HTML with a strict Content-Security-Policy: no external resources, no
 * script on the search page. Errors never show a stack trace. Thread-safe; the index is not closed
 * by {@link #stop()}.
 */
public final class SearchServer {
  private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);
  private static final Logger ACCESS = LoggerFactory.getLogger(SearchServer.ACCESS_LOG);
  /** The access log's SLF4J logger name. */
  public static final String ACCESS_LOG = "yuanwen.serve.access";
  /** The highest page number accepted. */
  static final int MAX_PAGE = 1000;
  /** A connection with nothing received or sent for this long is closed (headers included). */
  public static final int IDLE_TIMEOUT_MS = 5_000;
  /** The request line and headers must all arrive within this long of their first byte. */
  public static final int HEADER_DEADLINE_MS = 5_000;
  /** Request line and headers together, at most. */
  public static final int MAX_HEADER_BYTES = 64 * 1024;
  /** Threads of the pool (acceptor and selector included). */
  public static final int MAX_THREADS = 24;
  static final int MAX_CONNECTIONS = 512;
  static final int STOP_TIMEOUT_MS = 5_000;
  /** Searches and document pages waiting for a search thread, at most; more get 503. */
  public static final int MAX_WAITING = 256;
  private static final int CACHED_DOCUMENTS = 16;
  /** The side-by-side page's own policy (it needs its inline script and style attributes). */
  static final String DOCUMENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
      + "img-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
  static final String JSON_POLICY = "default-src 'none'; frame-ancestors 'none'";
  private static final String HTML = "text/html; charset=utf-8";
  private static final String JSON = "application/json; charset=utf-8";
  private static final HttpField NOSNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");
  private static final HttpField REFERRER = new PreEncodedHttpField("Referrer-Policy", "no-referrer");
  private static final HttpField FRAMES = new PreEncodedHttpField("X-Frame-Options", "DENY");
  private static final HttpField NO_STORE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");

  private final CorpusIndex index;
  /** The search threads: searches and document pages, in arrival order. */
  private final ThreadPoolExecutor searches;
  private final int waiting;
  private final Server server;
  private final ServerConnector connector;
  /** Rendered document pages by id, with the stored document they were rendered from. */
  private final Map<String, Rendered> pages = new LinkedHashMap<>(32, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
      return size() > CACHED_DOCUMENTS;
    }
  };

  private record Rendered(StoredDocument doc, String html) {}

  private SearchServer(CorpusIndex index, String host, int port, int searchThreads, int waiting) {
    this.index = index;
    this.waiting = waiting;
    AtomicInteger threadNumber = new AtomicInteger();
    searches = new ThreadPoolExecutor(searchThreads, searchThreads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(waiting), r -> {
          Thread t = new Thread(r, "yuanwen-search-" + threadNumber.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    // The job queue is bounded by the connection limit: HTTP/1.1 has one request at a time per connection.
    QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
    pool.setName("yuanwen-serve");
    pool.setDaemon(true);
    pool.setReservedThreads(0);
    server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    // an encoded slash in a document id is looked up as written (404), not refused as ambiguous (400)
    http.setUriCompliance(UriCompliance.DEFAULT.with("yuanwen", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(IDLE_TIMEOUT_MS);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
    server.addBean(new HeaderDeadline(connector, HEADER_DEADLINE_MS));
    GracefulHandler graceful = new GracefulHandler();
    graceful.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        SearchServer.this.handle(request, response, callback);
        return true;
      }
    });
    server.setHandler(graceful);
    server.setStopTimeout(STOP_TIMEOUT_MS);
    server.setErrorHandler(new PageErrors());
    server.setRequestLog(SearchServer::access);
  }

  /**
   * Serves {@code index} on {@code host}:{@code port} (0: any free port) until {@link #stop()}.
   *
   * @throws IOException when the address cannot be bound (in use, unknown host)
   */
  public static SearchServer start(CorpusIndex index, String host, int port) throws IOException {
    return start(index, host, port, defaultSearchThreads());
  }

  /** The search threads by default: one per core and one more (a thread writing its answer leaves the core to another), at least 2. */
  public static int defaultSearchThreads() {
    return Math.max(2, Runtime.getRuntime().availableProcessors() + 1);
  }

  /**
   * As {@link #start(CorpusIndex, String, int)}, with {@code searchThreads} threads for searches
   * and document pages.
   *
   * @throws IllegalArgumentException when {@code searchThreads} is not 1 to 256
   */
  public static SearchServer start(CorpusIndex index, String host, int port, int searchThreads) throws IOException {
    return start(index, host, port, searchThreads, MAX_WAITING);
  }

  static SearchServer start(CorpusIndex index, String host, int port, int searchThreads, int waiting)
      throws IOException {
    if (searchThreads < 1 || searchThreads > 256) {
      throw new IllegalArgumentException("search threads must be 1 to 256, not " + searchThreads);
    }
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new java.net.UnknownHostException(host);
    }
    SearchServer s = new SearchServer(index, host, port, searchThreads, waiting);
    try {
      s.server.start();
    } catch (IOException e) {
      s.stopQuietly();
      throw e;
    } catch (Exception e) {
      s.stopQuietly();
      throw new IOException(e.getMessage(), e);
    }
    LOG.info("serving {} at {}", index, s.address());
    return s;
  }

  /** The port the server is bound to. */
  public int port() {
    return connector.getLocalPort();
  }

  /** The address the server is bound to. */
  public InetSocketAddress address() {
    return new InetSocketAddress(connector.getHost() == null ? "0.0.0.0" : connector.getHost(), port());
  }

  /**
   * Stops serving: no new connection is accepted, requests under way get up to {@value
   * #STOP_TIMEOUT_MS} ms to finish. The index stays open.
   */
  public void stop() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("stopping the server: {}", e.toString());
    } finally {
      searches.shutdownNow();
    }
  }

  private void stopQuietly() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.debug("stopping after a failed start: {}", e.toString());
    } finally {
      searches.shutdownNow();
    }
  }

  /** The search threads' executor, for tests that hold them busy. */
  ThreadPoolExecutor searches() {
    return searches;
  }

  private record Reply(int status, String type, String policy, String body) {}

  /**
   * The access-log line: client, method, path and query (at most 200 characters: a line per
   * request, not the 64 KB an address may take), status, bytes of body sent and milliseconds.
   */
  private static void access(Request request, Response response) {
    if (!ACCESS.isInfoEnabled()) {
      return;
    }
    String target = request.getHttpURI().getPathQuery();
    if (target != null && target.length() > 200) {
      target = target.substring(0, 200) + "\u2026 (" + target.length() + " characters)";
    }
    ACCESS.info("{} \"{} {}\" {} {} {} ms", Request.getRemoteAddr(request), request.getMethod(), target,
        response.getStatus(), Response.getContentBytesWritten(response),
        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - request.getBeginNanoTime()) / 1e6));
  }

  private void handle(Request request, Response response, Callback callback) {
    String path = request.getHttpURI().getDecodedPath();
    boolean work = "/".equals(path) || "/api/search".equals(path) || (path != null && path.startsWith("/doc/"));
    if (!work || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
      answer(request, response, callback);
      return;
    }
    try {
      searches.execute(() -> {
        try {
          answer(request, response, callback);
        } catch (RuntimeException | Error e) { // answer() turns failures into a 500 page; this is the last net
          LOG.warn("{} failed", shorten(request.getHttpURI().getPathQuery()), e);
          callback.failed(e);
        }
      });
    } catch (RejectedExecutionException e) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, 1);
      String message = "The server has " + waiting + " searches waiting already; try again in a moment.";
      send(response, "/api/search".equals(path)
          ? new Reply(503, JSON, JSON_POLICY, "{\"error\":" + jsonString(message) + "}")
          : html(503, SearchPage.CONTENT_SECURITY_POLICY, SearchPage.message("Too busy", message)), callback);
    }
  }

  private void answer(Request request, Response response, Callback callback) {
    String method = request.getMethod();
    Reply r;
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      r = html(405, SearchPage.CONTENT_SECURITY_POLICY, SearchPage.message("Method not allowed",
          "Method " + shorten(method) + " is not allowed here; this server only answers GET and HEAD."));
    } else {
      String path = request.getHttpURI().getDecodedPath();
      String query = request.getHttpURI().getQuery();
      try {
        if ("/".equals(path)) {
          r = search(query);
        } else if ("/api/search".equals(path)) {
          r = api(query);
        } else if ("/health".equals(path)) {
          r = new Reply(200, JSON, JSON_POLICY, "{\"status\":\"ok\",\"documents\":" + index.documentCount() + "}");
        } else if (path != null && path.startsWith("/doc/") && path.length() > "/doc/".length()) {
          r = document(path.substring("/doc/".length()));
        } else {
          r = html(404, SearchPage.CONTENT_SECURITY_POLICY,
              SearchPage.message("Not found", "There is no page at " + shorten(String.valueOf(path)) + "."));
        }
      } catch (RuntimeException e) {
        LOG.warn("{} {} failed", method, shorten(request.getHttpURI().getPathQuery()), e);
        r = html(500, SearchPage.CONTENT_SECURITY_POLICY, SearchPage.message("Server error",
            "Something went wrong on the server (" + e.getClass().getSimpleName() + "); see its log."));
      }
    }
    send(response, r, callback);
  }

  private static Reply html(int status, String policy, String body) {
    return new Reply(status, HTML, policy, body);
  }

  private static void send(Response response, Reply r, Callback callback) {
    byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
    response.setStatus(r.status());
    HttpFields.Mutable h = response.getHeaders();
    h.put(HttpHeader.CONTENT_TYPE, r.type());
    h.put("Content-Security-Policy", r.policy());
    h.add(NOSNIFF);
    h.add(REFERRER);
    h.add(FRAMES);
    h.add(NO_STORE);
    h.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback); // HEAD: Jetty sends the headers only
  }

  /** The parsed parameters of the page and of the API: the query, or the messages of what is wrong. */
  private record Params(SearchPage.Query query, List<String> errors) {
    SearchRequest request() {
      return SearchRequest.of(query.q()).language(query.language()).side(query.side()).doc(query.doc())
          .outlet(query.outlet()).tag(query.tag()).offset(query.offset()).limit(SearchPage.PAGE_SIZE);
    }
  }

  private static Params params(String rawQuery) {
    Map<String, String> params;
    try {
      params = parse(rawQuery);
    } catch (IllegalArgumentException e) {
      return new Params(SearchPage.Query.of(""), List.of("The address's parameters are not properly encoded."));
    }
    String q = params.getOrDefault("q", "");
    List<String> errors = new ArrayList<>();
    Language language = null;
    String lang = params.getOrDefault("lang", "").strip().toLowerCase(Locale.ROOT);
    switch (lang) {
      case "" -> { }
      case "zh" -> language = Language.ZH;
      case "en" -> language = Language.EN;
      case "mixed" -> language = Language.MIXED;
      default -> errors.add("lang must be zh or en (or empty to detect it), not \u201c" + shorten(lang) + "\u201d.");
    }
    Side side = null;
    String sideParam = params.getOrDefault("side", "").strip().toLowerCase(Locale.ROOT);
    switch (sideParam) {
      case "" -> { }
      case "zh" -> side = Side.ZH;
      case "en" -> side = Side.EN;
      default -> errors.add("side must be zh or en (or empty for both), not \u201c" + shorten(sideParam) + "\u201d.");
    }
    int page = 1;
    String pageParam = params.getOrDefault("page", "").strip();
    if (!pageParam.isEmpty()) {
      try {
        page = Integer.parseInt(pageParam);
      } catch (NumberFormatException e) {
        page = -1;
      }
      if (page < 1 || page > MAX_PAGE) {
        errors.add("page must be a whole number from 1 to " + MAX_PAGE + ", not \u201c" + shorten(pageParam) + "\u201d.");
        page = 1;
      }
    }
    return new Params(new SearchPage.Query(q, language, side, params.get("doc"), params.get("outlet"),
        params.get("tag"), page), errors);
  }

  private Reply search(String rawQuery) {
    Params p = params(rawQuery);
    SearchPage.Query query = p.query();
    if (!p.errors().isEmpty()) {
      return html(400, SearchPage.CONTENT_SECURITY_POLICY,
          SearchPage.render(query, null, String.join(" ", p.errors()), index.documentCount()));
    }
    if (query.q().isBlank()) {
      return html(200, SearchPage.CONTENT_SECURITY_POLICY, SearchPage.render(query, null, null, index.documentCount()));
    }
    SearchResults results = index.search(p.request());
    // a page past the last and a query that searches nothing (-台风 alone) carry their message in the page
    int status = pastTheEnd(results) || results.explanation().problem() != null ? 400 : 200;
    return html(status, SearchPage.CONTENT_SECURITY_POLICY,
        SearchPage.render(query, results, null, index.documentCount()));
  }

  private static boolean pastTheEnd(SearchResults results) {
    return results.hits().isEmpty() && results.totalHits() > 0;
  }

  private Reply api(String rawQuery) {
    Params p = params(rawQuery);
    List<String> errors = new ArrayList<>(p.errors());
    if (errors.isEmpty() && p.query().q().isBlank()) {
      errors.add("q is empty; give a query, as in /api/search?q=Anthropic.");
    }
    SearchResults results = null;
    if (errors.isEmpty()) {
      results = index.search(p.request());
      if (results.explanation().problem() != null) {
        errors.add(capitalized(results.explanation().problem()) + ".");
      } else if (pastTheEnd(results)) {
        errors.add("No hits on page " + p.query().page() + "; the last page is "
            + (results.totalHits() + SearchPage.PAGE_SIZE - 1) / SearchPage.PAGE_SIZE + ".");
      }
    }
    if (!errors.isEmpty()) {
      return new Reply(400, JSON, JSON_POLICY, "{\"error\":" + jsonString(String.join(" ", errors)) + "}");
    }
    return new Reply(200, JSON, JSON_POLICY, SearchJson.render(results));
  }

  private Reply document(String id) {
    Optional<StoredDocument> stored = index.document(id);
    if (stored.isEmpty()) {
      return html(404, SearchPage.CONTENT_SECURITY_POLICY,
          SearchPage.message("Not found", "The index has no document \u201c" + shorten(id) + "\u201d."));
    }
    StoredDocument doc = stored.get();
    Rendered cached;
    synchronized (pages) {
      cached = pages.get(id);
    }
    if (cached == null || !cached.doc().equals(doc)) {
      cached = new Rendered(doc, SearchPage.document(doc, Aligner.shared().align(doc.article(), doc.digest())));
      synchronized (pages) {
        pages.put(id, cached);
      }
    }
    return html(200, DOCUMENT_POLICY, cached.html());
  }

  /** The query string's parameters, decoded; the first of a repeated name wins. */
  static Map<String, String> parse(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.putIfAbsent(name, value);
    }
    return params;
  }

  /** {@code s} as a JSON string literal. */
  static String jsonString(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '<' -> b.append("\\u003c"); // never "</script>" in an answer
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** At most 80 characters of {@code s}, for messages. */
  private static String shorten(String s) {
    if (s == null) {
      return "";
    }
    return s.codePointCount(0, s.length()) <= 80 ? s : s.substring(0, s.offsetByCodePoints(0, 80)) + "\u2026";
  }

  /**
   * The answers Jetty gives itself (a malformed request, a request line or headers past the limit)
   * as the page's own small message page, never with a stack trace.
   */
  private static final class PageErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
        Callback callback) {
      String title = switch (code) {
        case 400 -> "Bad request";
        case 404 -> "Not found";
        case 414 -> "Address too long";
        case 431 -> "Headers too large";
        case 503 -> "Unavailable";
        default -> "Error " + code;
      };
      String text = switch (code) {
        case 414 -> "The address is longer than this server accepts (" + MAX_HEADER_BYTES / 1024 + " KB with the headers).";
        case 431 -> "The request's headers are larger than this server accepts (" + MAX_HEADER_BYTES / 1024 + " KB).";
        case 503 -> "The server is stopping or too busy; try again in a moment.";
        default -> "The server could not answer this request (" + code
            + (message == null || message.isBlank() || message.contains("Exception") ? "" : ": " + shorten(message)) + ").";
      };
      send(response, html(code, SearchPage.CONTENT_SECURITY_POLICY, SearchPage.message(title, text)), callback);
    }
  }
}
