package dev.yuanwen.examples.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.yuanwen.align.Aligner;
import dev.yuanwen.examples.render.AlignmentHtml;
import dev.yuanwen.examples.render.SearchPage;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.Language;
import dev.yuanwen.index.SearchRequest;
import dev.yuanwen.index.SearchResults;
import dev.yuanwen.index.Side;
import dev.yuanwen.index.StoredDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small local web server for searching a {@link CorpusIndex}, on the JDK's built-in HTTP server.
 *
 * <ul>
 *   <li>{@code GET /}: the search page ({@link SearchPage}); parameters {@code q}, {@code lang}
 *       (zh, en or mixed; absent: detected), {@code side} (zh or en; absent: both), {@code doc},
 *       {@code outlet}, {@code tag} and {@code page} (1-based, {@value SearchPage#PAGE_SIZE} hits a
 *       page). A bad parameter gives the page with a short message.
 *   <li>{@code GET /doc/ID}: the document side by side ({@link AlignmentHtml}), re-aligned from the
 *       stored texts; 404 for an unknown id.
 *   <li>Any other path is 404, any other method 405.
 * </ul>
 *
 * Every page is UTF-8 HTML with a strict Content-Security-Policy: no external resources, no
 * script on the search page. Errors never show a stack trace. Thread-safe; the index is not closed
 * by {@link #stop()}.
 */
public final class SearchServer {
  private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);
  /** The highest page number accepted. */
  static final int MAX_PAGE = 1000;
  private static final int THREADS = 3;
  private static final int CACHED_DOCUMENTS = 16;
  /** The side-by-side page's own policy (it needs its inline script and style attributes). */
  static final String DOCUMENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
      + "img-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final CorpusIndex index;
  private final HttpServer server;
  private final ExecutorService executor;
  /** Rendered document pages by id, with the stored document they were rendered from. */
  private final Map<String, Rendered> pages = new LinkedHashMap<>(32, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
      return size() > CACHED_DOCUMENTS;
    }
  };

  private record Rendered(StoredDocument doc, String html) {}

  private SearchServer(CorpusIndex index, HttpServer server, ExecutorService executor) {
    this.index = index;
    this.server = server;
    this.executor = executor;
  }

  /**
   * Serves {@code index} on {@code host}:{@code port} (0: any free port) until {@link #stop()}.
   *
   * @throws IOException when the address cannot be bound (in use, unknown host)
   */
  public static SearchServer start(CorpusIndex index, String host, int port) throws IOException {
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new java.net.UnknownHostException(host);
    }
    HttpServer http = HttpServer.create(address, 0);
    AtomicInteger n = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "yuanwen-serve-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    SearchServer s = new SearchServer(index, http, executor);
    http.createContext("/", s::handle);
    http.setExecutor(executor);
    http.start();
    LOG.info("serving {} at {}", index, http.getAddress());
    return s;
  }

  /** The port the server is bound to. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The address the server is bound to. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** Stops serving (requests under way get up to a second to finish); the index stays open. */
  public void stop() {
    server.stop(1);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      String path = ex.getRequestURI().getPath();
      if (!"GET".equals(ex.getRequestMethod())) {
        ex.getResponseHeaders().set("Allow", "GET");
        send(ex, 405, SearchPage.CONTENT_SECURITY_POLICY, SearchPage.message("Method not allowed",
            "Method " + shorten(ex.getRequestMethod()) + " is not allowed here; this server only answers GET."));
        return;
      }
      Response r;
      try {
        if ("/".equals(path)) {
          r = search(ex.getRequestURI().getRawQuery());
        } else if (path != null && path.startsWith("/doc/") && path.length() > "/doc/".length()) {
          r = document(path.substring("/doc/".length()));
        } else {
          r = new Response(404, SearchPage.CONTENT_SECURITY_POLICY,
              SearchPage.message("Not found", "There is no page at " + shorten(String.valueOf(path)) + "."));
        }
      } catch (RuntimeException e) {
        LOG.warn("{} {} failed", ex.getRequestMethod(), ex.getRequestURI(), e);
        r = new Response(500, SearchPage.CONTENT_SECURITY_POLICY,
            SearchPage.message("Server error", "Something went wrong on the server (" + e.getClass().getSimpleName() + "); see its log."));
      }
      send(ex, r.status(), r.policy(), r.html());
    } catch (IOException e) {
      LOG.debug("{} {}: {}", ex.getRequestMethod(), ex.getRequestURI(), e.toString()); // client went away
    } finally {
      ex.close();
    }
  }

  private record Response(int status, String policy, String html) {}

  private Response search(String rawQuery) {
    Map<String, String> params;
    try {
      params = parse(rawQuery);
    } catch (IllegalArgumentException e) {
      return page(SearchPage.Query.of(""), null, "The address's parameters are not properly encoded.");
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
    SearchPage.Query query = new SearchPage.Query(q, language, side, params.get("doc"), params.get("outlet"),
        params.get("tag"), page);
    if (!errors.isEmpty() || q.isBlank()) {
      return page(query, null, errors.isEmpty() ? null : String.join(" ", errors));
    }
    SearchRequest request = SearchRequest.of(q).language(language).side(side).doc(query.doc()).outlet(query.outlet())
        .tag(query.tag()).offset(query.offset()).limit(SearchPage.PAGE_SIZE);
    return page(query, index.search(request), null);
  }

  private Response page(SearchPage.Query query, SearchResults results, String error) {
    return new Response(200, SearchPage.CONTENT_SECURITY_POLICY,
        SearchPage.render(query, results, error, index.documentCount()));
  }

  private Response document(String id) {
    Optional<StoredDocument> stored = index.document(id);
    if (stored.isEmpty()) {
      return new Response(404, SearchPage.CONTENT_SECURITY_POLICY,
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
    return new Response(200, DOCUMENT_POLICY, cached.html());
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

  private static void send(HttpExchange ex, int status, String policy, String html) throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    var h = ex.getResponseHeaders();
    h.set("Content-Type", "text/html; charset=utf-8");
    h.set("Content-Security-Policy", policy);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Frame-Options", "DENY");
    h.set("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /** At most 80 characters of {@code s}, for messages. */
  private static String shorten(String s) {
    return s.codePointCount(0, s.length()) <= 80 ? s : s.substring(0, s.offsetByCodePoints(0, 80)) + "\u2026";
  }
}
