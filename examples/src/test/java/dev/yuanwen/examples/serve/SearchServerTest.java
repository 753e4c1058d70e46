package dev.yuanwen.examples.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.examples.render.SearchPage;
import dev.yuanwen.index.CorpusDocument;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.IndexProgress;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server over HTTP against an index on disk of three corpus documents: routes, status codes,
 * headers, bad parameters and hostile queries; and the {@code serve} command in its own process.
 */
class SearchServerTest {
  private static final Path CORPUS = Path.of("..", "corpus");
  private static final List<String> DOCS = List.of("anthropic-pause", "tsmc-arizona-fabs", "yangtze-fishing-ban");

  @TempDir static Path dir;
  private static Path indexDir;
  private static CorpusIndex index;
  private static SearchServer server;
  private static HttpClient http;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    indexDir = dir.resolve("index");
    index = CorpusIndex.open(indexDir);
    index.addAll(CorpusDocument.readAll(DOCS.stream().map(CORPUS::resolve).toList()), IndexProgress.NONE);
    index.commit();
    server = SearchServer.start(index, "127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    if (index != null) {
      index.close();
    }
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> search(String q, String more) throws Exception {
    return get("/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more);
  }

  private static void htmlPage(HttpResponse<String> r) {
    assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.startsWith("default-src 'none'"), "CSP: " + csp);
    assertTrue(csp.contains("frame-ancestors 'none'"), "CSP: " + csp);
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(r.body().startsWith("<!DOCTYPE html>"), r.body());
    noStackTrace(r.body());
  }

  private static void noStackTrace(String body) {
    assertFalse(body.contains("Exception"), body);
    assertFalse(body.contains("\tat "), body);
    assertFalse(body.contains("dev.yuanwen."), body);
  }

  @Test
  void searchFindsHitsWithMarksAndCounterparts() throws Exception {
    HttpResponse<String> r = search("Anthropic", "");
    assertEquals(200, r.statusCode());
    htmlPage(r);
    assertEquals(SearchPage.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy").orElseThrow());
    String body = r.body();
    assertTrue(body.contains("<li class=\"hit "), body);
    assertTrue(body.contains("<mark>Anthropic</mark>"), body);
    assertTrue(body.contains("<a class=\"title\" href=\"/doc/anthropic-pause\">"), body);
    assertTrue(body.contains("<ul class=\"aligned\""), body);
    assertTrue(body.contains(" hits</b>"), body);
    assertTrue(body.contains("query in English (detected)"), body);
    assertTrue(body.contains("3 documents"), body);
    assertFalse(body.contains("<script"));
  }

  @Test
  void chineseQueryAndSideAndPaging() throws Exception {
    HttpResponse<String> r = search("估值", "&side=zh");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("<mark>估值</mark>"), r.body());
    assertFalse(r.body().contains("<li class=\"hit s-en\">"), "side=zh gave an English point");
    assertTrue(r.body().contains("<option value=\"zh\" selected>中文 paragraphs</option>"));

    HttpResponse<String> first = search("Anthropic", "&lang=en");
    Matcher next = Pattern.compile("<a rel=\"next\" id=\"next\" href=\"([^\"]+)\">").matcher(first.body());
    assertTrue(next.find(), "no next page for Anthropic");
    String href = next.group(1).replace("&amp;", "&");
    assertEquals("/?q=Anthropic&lang=en&page=2", href);
    HttpResponse<String> second = get(href);
    assertEquals(200, second.statusCode());
    assertTrue(second.body().contains("<ol class=\"hits\" start=\"11\">"), second.body());
    assertTrue(second.body().contains("rel=\"prev\""));
  }

  @Test
  void documentPageIsTheSideBySideView() throws Exception {
    HttpResponse<String> r = get("/doc/anthropic-pause");
    assertEquals(200, r.statusCode());
    htmlPage(r);
    assertEquals(SearchServer.DOCUMENT_POLICY, r.headers().firstValue("Content-Security-Policy").orElseThrow());
    String title = index.document("anthropic-pause").orElseThrow().title();
    assertTrue(r.body().contains("<h1>" + SearchPage.esc(title) + "</h1>"), r.body());
    assertTrue(r.body().contains("<section class=\"col digest\""));
    assertTrue(r.body().contains("<section class=\"col article\""));
    assertTrue(r.body().contains("<a href=\"/\">yuanwen"), "no way back to the search");
    assertEquals(r.body(), get("/doc/anthropic-pause").body(), "the cached page differs");
  }

  @Test
  void unknownDocumentsAndPathsAre404() throws Exception {
    for (String path : List.of("/doc/nope", "/nope", "/doc/", "/doc/anthropic-pause/x", "/favicon.ico",
        "/doc/%3Cscript%3Ealert(1)%3C%2Fscript%3E")) {
      HttpResponse<String> r = get(path);
      assertEquals(404, r.statusCode(), path);
      htmlPage(r);
      assertFalse(r.body().contains("<script"), path);
    }
    assertTrue(get("/doc/nope").body().contains("The index has no document \u201cnope\u201d."));
  }

  @Test
  void otherMethodsAre405() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE")) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/?q=Anthropic"))
          .method(method, HttpRequest.BodyPublishers.ofString("q=x")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(405, r.statusCode(), method);
      assertEquals("GET", r.headers().firstValue("Allow").orElse(""));
      htmlPage(r);
    }
  }

  @Test
  void badParametersGiveTheFormWithAMessage() throws Exception {
    HttpResponse<String> r = search("Anthropic", "&page=abc");
    assertEquals(200, r.statusCode());
    htmlPage(r);
    assertTrue(r.body().contains("page must be a whole number from 1 to 1000, not \u201cabc\u201d."), r.body());
    assertTrue(r.body().contains("value=\"Anthropic\""));
    for (String bad : List.of("&page=0", "&page=-3", "&page=99999999999", "&page=1001", "&lang=xx", "&side=both",
        "&lang=%3Cscript%3E", "&page=%E4%BD%A0")) {
      HttpResponse<String> b = search("Anthropic", bad);
      assertEquals(200, b.statusCode(), bad);
      htmlPage(b);
      assertTrue(b.body().contains("<p class=\"error\" role=\"alert\">"), bad);
      assertFalse(b.body().contains("<script"), bad);
    }
    // the JDK's server answers a malformed escape itself: 400, one line, no trace
    String malformed = raw("GET /?q=%E4%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertTrue(malformed.startsWith("HTTP/1.1 400 "), malformed);
    assertFalse(malformed.contains("\tat "), malformed);
    HttpResponse<String> notUtf8 = get("/?q=%FF%FE%3Cscript%3E");
    assertEquals(200, notUtf8.statusCode());
    htmlPage(notUtf8);
    assertTrue(notUtf8.body().contains("value=\"\uFFFD\uFFFD&lt;script&gt;\""), notUtf8.body());
    HttpResponse<String> beyond = search("Anthropic", "&page=1000");
    assertEquals(200, beyond.statusCode());
    assertTrue(beyond.body().contains("No hits on page 1000; the last page is"), beyond.body());
  }

  @Test
  void hostileQueriesAreEscaped() throws Exception {
    for (String q : List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "title:(a AND b~2)*?",
        "Anthropic' OR '1'='1", "x".repeat(10_000), "估值 <b>".repeat(1_000))) {
      HttpResponse<String> r = search(q, "");
      assertEquals(200, r.statusCode(), q.substring(0, Math.min(40, q.length())));
      htmlPage(r);
      assertTrue(r.body().contains("value=\"" + SearchPage.esc(q) + "\""), q.substring(0, Math.min(40, q.length())));
      assertFalse(r.body().contains("<script"));
      assertFalse(r.body().contains("<img"));
      assertFalse(q.contains("<b>") && r.body().contains("<b>估值"));
    }
  }

  @Test
  void emptyQueryIsJustTheForm() throws Exception {
    for (String path : List.of("/", "/?q=", "/?q=+++", "/?")) {
      HttpResponse<String> r = get(path);
      assertEquals(200, r.statusCode(), path);
      htmlPage(r);
      assertTrue(r.body().contains("<form method=\"get\" action=\"/\""));
      assertFalse(r.body().contains("class=\"hits\""), path);
      assertFalse(r.body().contains("class=\"error\""), path);
    }
  }

  @Test
  void boundToLoopback() throws Exception {
    assertEquals(InetAddress.getByName("127.0.0.1"), server.address().getAddress());
    assertTrue(server.address().getAddress().isLoopbackAddress());
  }

  @Test
  void serveCommandWithoutAnIndexSaysHowToBuildOne() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path log = dir.resolve("no-index.err");
    Process p = yuanwen(log, "serve", "--index", empty.toString(), "--port", "0");
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String err = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(2, p.exitValue(), err);
    assertEquals("yuanwen: " + empty + ": no index here; build it first with 'yuanwen index --index " + empty
        + " corpus'", err.strip());
  }

  @Test
  void serveCommandServesUntilStopped() throws Exception {
    // A second process may read the index this one holds open: serve opens it only to read.
    Path log = dir.resolve("serve.err");
    Process p = yuanwen(log, "serve", "--index", indexDir.toString(), "--port", "0");
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertTrue(line != null, () -> "no output; stderr: " + read(log));
      Matcher m = Pattern.compile("yuanwen: serving (.+) at http://127\\.0\\.0\\.1:(\\d+)/ \\(Ctrl-C to stop\\)").matcher(line);
      assertTrue(m.matches(), line);
      assertEquals(indexDir.toString(), m.group(1));
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(2) + "/?q=Anthropic"))
          .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertTrue(r.body().contains("<mark>Anthropic</mark>"));
      assertTrue(p.isAlive(), "the server stopped by itself");
    } finally {
      p.destroy(); // SIGTERM: the shutdown hook stops the server and closes the index
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
    assertFalse(p.isAlive());
  }

  /** Sends {@code request} as written and returns the whole response. */
  private static String raw(String request) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }

  /** The CLI in its own JVM, with this test's class path; stderr to {@code err}. */
  private static Process yuanwen(Path err, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        "dev.yuanwen.examples.cli.Main"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    return p;
  }
}
