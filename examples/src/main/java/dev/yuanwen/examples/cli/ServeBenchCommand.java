package dev.yuanwen.examples.cli;

import dev.yuanwen.InputException;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.examples.serve.SearchServer;
import dev.yuanwen.index.CorpusDocument;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.IndexProgress;
import dev.yuanwen.index.SearchRequest;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The search server under load, in one JVM: {@code bench-search}'s recombined corpus (or the corpus
 * as it is) indexed, served on the loopback, then 1 client and 16 concurrent clients, each for a
 * fixed time, asking for search pages; beside it the library's own {@link CorpusIndex#search} on
 * the same queries.
 */
@Command(
    name = "bench-serve",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the search server: index a corpus recombined from the corpus documents (as bench-search does),"
          + " serve it on 127.0.0.1, and time search pages from 1 client, then from N concurrent clients, each"
          + " for a fixed time; beside it, CorpusIndex.search alone on the same queries.",
      "Prints req/s, p50, p99 and max latency, errors, and the process RSS before and after."
    })
final class ServeBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--paragraphs", paramLabel = "N", defaultValue = "100000",
      description = "Paragraphs in the recombined corpus (default: ${DEFAULT-VALUE}).")
  int paragraphs;

  @Option(names = "--as-is", description = "Index the corpus folder's documents as they are, not recombined.")
  boolean asIs;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Corpus folder (default: the project's corpus/, found through the launcher, else ./corpus).")
  Path corpus = BenchCommand.defaultCorpus();

  @Option(names = "--index", paramLabel = "DIR",
      description = "Serve this existing index (for example one kept by bench-search --keep) instead of building one.")
  Path existing;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "300",
      description = "Queries, drawn as bench-search draws them (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "15",
      description = "Seconds each load runs (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "16",
      description = "Concurrent clients of the second load (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the recombination and queries (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--warm-up", paramLabel = "S", defaultValue = "60",
      description = "At most this many seconds of pages from 1 client before measuring, ended earlier once the JIT"
          + " compiler has settled (under 5% of one core for 3 s running); 0 for none (default: ${DEFAULT-VALUE}).")
  int warmUp;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    // the access log (a line per request on stderr) is off while measuring, unless asked for
    if (System.getProperty("org.slf4j.simpleLogger.log." + SearchServer.ACCESS_LOG) == null) {
      System.setProperty("org.slf4j.simpleLogger.log." + SearchServer.ACCESS_LOG, "warn");
    }
    if (paragraphs < 10 || queries < 1 || seconds < 1 || clients < 1 || clients > 256 || warmUp < 0) {
      throw new InputException("bench-serve",
          "--paragraphs must be at least 10, --queries and --seconds at least 1, --clients 1 to 256, --warm-up 0 or more");
    }
    if (existing != null && !CorpusIndex.exists(existing)) {
      throw new InputException(existing.toString(), "no index here");
    }
    List<CorpusDocument> sources = CorpusDocument.readAll(List.of(corpus));
    List<String> qs = SearchBenchCommand.queries(sources, corpus.resolve("queries.jsonl"), queries, new Random(seed))
        .stream().map(SearchBenchCommand.Query::text).toList();
    out.printf(Locale.ROOT, "yuanwen bench-serve: %d s per load, %d queries, seed %d, %d cores, load average %s%n",
        seconds, qs.size(), seed, Runtime.getRuntime().availableProcessors(), loadAverage());
    Path work = Files.createTempDirectory("yuanwen-bench-serve");
    try {
      Path dir = existing;
      if (dir == null) {
        dir = work.resolve("index");
        List<CorpusDocument> docs = asIs ? sources : recombined(sources);
        long t0 = System.nanoTime();
        try (CorpusIndex index = CorpusIndex.open(dir)) {
          index.addAll(docs, IndexProgress.NONE);
          index.compact(); // as yuanwen index does after a large run
        }
        out.printf(Locale.ROOT, "indexed       %,d documents in %.1f s%n", docs.size(), (System.nanoTime() - t0) / 1e9);
      }
      try (CorpusIndex index = CorpusIndex.open(dir)) {
        out.printf(Locale.ROOT, "index         %s: %,d documents, %,d paragraphs, %,d points%n",
            existing != null ? existing : asIs ? corpus + " as it is" : "recombined", index.documentCount(),
            index.paragraphCount(), index.pointCount());
        out.flush();
        run(index, qs, out);
      }
    } finally {
      try (Stream<Path> all = Files.walk(work)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return 0;
  }

  private List<CorpusDocument> recombined(List<CorpusDocument> sources) {
    Map<String, GoldDocument> gold = new HashMap<>();
    if (Files.isDirectory(corpus) && Files.exists(corpus.resolve(sources.get(0).id()).resolve(GoldFiles.CORPUS_GOLD))) {
      GoldFiles.read(corpus).forEach(g -> gold.put(g.id(), g));
    }
    return SearchBenchCommand.recombine(sources, gold, paragraphs, new Random(seed));
  }

  private void run(CorpusIndex index, List<String> qs, PrintWriter out) throws Exception {
    List<String> paths = qs.stream().map(q -> "/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList();
    SearchServer server = SearchServer.start(index, "127.0.0.1", 0);
    try {
      // warm-up: every query as a page and through the library, twice
      try (Client c = new Client(server.port())) {
        for (int round = 0; round < 2; round++) {
          for (int i = 0; i < qs.size(); i++) {
            c.get(paths.get(i));
            index.search(SearchRequest.of(qs.get(i)).limit(10));
          }
        }
      }
      warmUp(server.port(), paths, out);
      // paired: each query through the library, then as a page, in turn, so both see the same machine
      double[] library = new double[2 * qs.size()];
      double[] page = new double[2 * qs.size()];
      double[] added = new double[2 * qs.size()];
      try (Client c = new Client(server.port())) {
        for (int round = 0, k = 0; round < 2; round++) {
          for (int i = 0; i < qs.size(); i++, k++) {
            long t0 = System.nanoTime();
            index.search(SearchRequest.of(qs.get(i)).limit(10));
            long t1 = System.nanoTime();
            c.get(paths.get(i));
            long t2 = System.nanoTime();
            library[k] = (t1 - t0) / 1e6;
            page[k] = (t2 - t1) / 1e6;
            added[k] = page[k] - library[k];
          }
        }
      }
      Arrays.sort(library);
      Arrays.sort(page);
      Arrays.sort(added);
      long rssBefore = rssKb();
      Load one = load(server.port(), paths, 1);
      Load many = load(server.port(), paths, clients);
      long rssAfter = rssKb();
      out.printf(Locale.ROOT, "library       CorpusIndex.search, 10 hits:  p50 %.2f ms   p99 %.2f ms   max %.2f ms"
          + "   (each query twice, each time just before its page)%n",
          rank(library, 0.5), rank(library, 0.99), library[library.length - 1]);
      out.printf(Locale.ROOT, "paired page   the same queries as pages:   p50 %.2f ms   p99 %.2f ms   max %.2f ms%n",
          rank(page, 0.5), rank(page, 0.99), page[page.length - 1]);
      out.printf(Locale.ROOT, "page         %3d client  %s%n", 1, one);
      out.printf(Locale.ROOT, "page         %3d clients %s%n", clients, many);
      out.printf(Locale.ROOT, "page adds     %.2f ms at p50 over the library call (p50 of page - library, query by query: %.2f ms;"
          + " target <= 1 ms)%n", rank(page, 0.5) - rank(library, 0.5), rank(added, 0.5));
      out.printf(Locale.ROOT, "scaling       %.2fx the req/s of 1 client with %d (target >= 1.6x)%n", many.rate() / one.rate(), clients);
      out.printf(Locale.ROOT, "tail          p99/p50 %.2f at 1 client, %.2f at %d (target <= 3)%n",
          one.p99() / one.p50(), many.p99() / many.p50(), clients);
      out.printf(Locale.ROOT, "rss           %.0f MB before the loads, %.0f MB after%n", rssBefore / 1024.0, rssAfter / 1024.0);
      out.printf(Locale.ROOT, "load average  %s at the end%n", loadAverage());
    } finally {
      server.stop();
    }
  }

  /** Share of one core the JIT compiler may take for the warm-up to end: 5%, over 3 s in a row. */
  private static final double JIT_SETTLED = 0.05;
  private static final int SETTLED_SECONDS = 3;

  /**
   * Pages from 1 client until the JIT compiler has settled or {@link #warmUp} seconds have passed: on 2
   * cores, a compiler thread still at work takes a core from the server now and then, and the 1-client
   * tail measured would be the JVM's start-up, not the server's. Prints how long it took and how the
   * pages fared meanwhile.
   */
  private void warmUp(int port, List<String> paths, PrintWriter out) throws IOException {
    if (warmUp <= 0) {
      return;
    }
    java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
    boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
    long start = System.nanoTime();
    long end = start + warmUp * 1_000_000_000L;
    long mark = start;
    long compiled = timed ? jit.getTotalCompilationTime() : 0;
    int quiet = 0;
    double[] ms = new double[1024];
    int count = 0;
    boolean settled = false;
    try (Client c = new Client(port)) {
      for (int i = 0; System.nanoTime() < end && !settled; i++) {
        long t0 = System.nanoTime();
        c.get(paths.get(i % paths.size()));
        long t1 = System.nanoTime();
        if (count == ms.length) {
          ms = Arrays.copyOf(ms, count * 2);
        }
        ms[count++] = (t1 - t0) / 1e6;
        if (timed && t1 - mark >= 1_000_000_000L) {
          long now = jit.getTotalCompilationTime();
          double share = (now - compiled) / ((t1 - mark) / 1e6);
          quiet = share < JIT_SETTLED ? quiet + 1 : 0;
          settled = quiet >= SETTLED_SECONDS;
          compiled = now;
          mark = t1;
        }
      }
    }
    double[] sorted = Arrays.copyOf(ms, count);
    Arrays.sort(sorted);
    out.printf(Locale.ROOT, "warm-up       1 client for %.0f s (%s): %,d pages, p50 %.2f ms, p99 %.2f ms%n",
        (System.nanoTime() - start) / 1e9,
        settled ? "until the JIT compiler took under 5% of a core for 3 s" : timed ? "the JIT compiler had not settled" : "no JIT timing",
        count, rank(sorted, 0.5), rank(sorted, 0.99));
    out.flush();
  }

  /** One load's figures. */
  record Load(int clients, long requests, long errors, double seconds, double p50, double p99, double max) {
    double rate() {
      return requests / seconds;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,7.0f req/s   p50 %6.2f ms   p99 %6.2f ms   max %7.2f ms   %,d requests, %d errors",
          rate(), p50, p99, max, requests, errors);
    }
  }

  /** {@code n} clients, each on its own keep-alive connection, asking for pages in turn for {@link #seconds}. */
  private Load load(int port, List<String> paths, int n) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long start = System.nanoTime();
    List<Future<double[]>> results = new ArrayList<>();
    long[] errors = new long[n];
    for (int c = 0; c < n; c++) {
      int client = c;
      results.add(pool.submit(() -> {
        double[] ms = new double[1024];
        int count = 0;
        Client http = new Client(port);
        try {
          for (int i = client * 37; System.nanoTime() < end; i++) {
            long t0 = System.nanoTime();
            boolean ok;
            try {
              ok = http.get(paths.get(i % paths.size())) == 200;
            } catch (IOException e) {
              ok = false;
              http.close();
              http = new Client(port);
            }
            double t = (System.nanoTime() - t0) / 1e6;
            if (!ok) {
              errors[client]++;
            }
            if (count == ms.length) {
              ms = Arrays.copyOf(ms, count * 2);
            }
            ms[count++] = t;
          }
        } finally {
          http.close();
        }
        return Arrays.copyOf(ms, count);
      }));
    }
    List<double[]> all = new ArrayList<>();
    for (Future<double[]> f : results) {
      all.add(f.get());
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    double[] ms = all.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
    return new Load(n, ms.length, Arrays.stream(errors).sum(), elapsed, rank(ms, 0.5), rank(ms, 0.99), ms[ms.length - 1]);
  }

  /** A minimal HTTP/1.1 client on one keep-alive connection: GET, read the status and the whole body. */
  static final class Client implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    Client(int port) throws IOException {
      socket = new Socket("127.0.0.1", port);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(30_000);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    }

    /** The status of GET {@code path}; the body is read to its end. */
    int get(String path) throws IOException {
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = line();
      int length = -1;
      for (String h = line(); !h.isEmpty(); h = line()) {
        if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) {
          length = Integer.parseInt(h.substring(15).strip());
        }
      }
      if (length < 0 || !status.startsWith("HTTP/1.1 ")) {
        throw new IOException("unexpected answer: " + status);
      }
      in.skipNBytes(length); // reads the body
      return Integer.parseInt(status.substring(9, 12));
    }

    private String line() throws IOException {
      StringBuilder b = new StringBuilder(64);
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("connection closed");
        }
        if (c != '\r') {
          b.append((char) c);
        }
      }
      return b.toString();
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Nearest-rank percentile of sorted values. */
  private static double rank(double[] sorted, double p) {
    return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }

  /** This process's resident set size in KB (Linux), or -1. */
  static long rssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
