package dev.yuanwen.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yuanwen.InputException;
import dev.yuanwen.analysis.ChineseSegmenter;
import dev.yuanwen.analysis.Token;
import dev.yuanwen.analysis.TokenType;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.Paragraph;
import dev.yuanwen.document.Point;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.index.CorpusDocument;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.IndexProgress;
import dev.yuanwen.index.SearchRequest;
import dev.yuanwen.index.Side;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Corpus search at scale: a large corpus recombined from the corpus documents, indexed with {@link
 * CorpusIndex} (alignment included) against the same Chinese text indexed with SmartChineseAnalyzer
 * alone, then the index size and the latency of a few hundred mixed queries.
 */
@Command(
    name = "bench-search",
    mixinStandardHelpOptions = true,
    description = {
      "Measure corpus indexing throughput (alignment included) against SmartChineseAnalyzer alone,"
          + " index size and search latency, on a corpus recombined from the corpus documents.",
      "Single thread; the two indexers run interleaved in slices after a warm-up."
    })
final class SearchBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--paragraphs", paramLabel = "N", defaultValue = "100000",
      description = "Paragraphs in the recombined corpus (default: ${DEFAULT-VALUE}).")
  int paragraphs;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Corpus folder (default: the project's corpus/, found through the launcher, else ./corpus).")
  Path corpus = BenchCommand.defaultCorpus();

  @Option(names = "--queries", paramLabel = "N", defaultValue = "300",
      description = "Queries to time (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--keep", paramLabel = "DIR",
      description = "Keep the built index in this new or empty folder (default: a temporary folder, deleted).")
  Path keep;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the recombination and queries (default: ${DEFAULT-VALUE}).")
  long seed;

  private PrintWriter progress;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    progress = System.console() != null ? spec.commandLine().getErr() : null;
    if (paragraphs < 10 || queries < 1) {
      throw new InputException("bench-search", "--paragraphs must be at least 10 and --queries at least 1");
    }
    if (keep != null && Files.exists(keep) && !isEmptyFolder(keep)) {
      throw new InputException(keep.toString(), "--keep needs a new or empty folder");
    }
    List<CorpusDocument> sources = CorpusDocument.readAll(List.of(corpus));
    Map<String, GoldDocument> gold = new HashMap<>();
    if (Files.isDirectory(corpus) && Files.exists(corpus.resolve(sources.get(0).id()).resolve(GoldFiles.CORPUS_GOLD))) {
      GoldFiles.read(corpus).forEach(g -> gold.put(g.id(), g));
    }
    out.printf(Locale.ROOT, "yuanwen bench-search: single thread, seed %d%n", seed);
    Path work = Files.createTempDirectory("yuanwen-bench-search");
    try {
      Path ours = keep != null ? keep : work.resolve("yuanwen");
      build(recombine(sources, gold, paragraphs, new Random(seed)), sources.size(), work, ours, out);
      List<Query> qs = queries(sources, corpus.resolve("queries.jsonl"), queries, new Random(seed));
      try (CorpusIndex index = CorpusIndex.open(ours)) {
        out.printf(Locale.ROOT, "index         %,d paragraphs, %,d points, reopened from disk%n", index.paragraphCount(), index.pointCount());
        Map<String, Integer> mix = new LinkedHashMap<>();
        qs.forEach(q -> mix.merge(q.kind(), 1, Integer::sum));
        out.printf(Locale.ROOT, "queries       %d: %s%n", qs.size(), mix.toString().replaceAll("[{}]", "").replace('=', ' '));
        out.flush();
        latency(index, qs, out);
        out.printf(Locale.ROOT, "heap          %.0f MB used after GC, index open (the recombined corpus dropped)%n",
            BenchCommand.usedHeapAfterGc() / 1048576.0);
      }
      if (keep != null) {
        out.printf(Locale.ROOT, "kept          %s%n", keep);
      }
    } finally {
      try (Stream<Path> all = Files.walk(work)) {
        all.sorted(Comparator.reverseOrder()).forEach(SearchBenchCommand::delete);
      }
    }
    return 0;
  }

  /** Indexes {@code docs} both ways and reports speed and size; the index stays in {@code ours}. */
  private void build(List<CorpusDocument> docs, int sources, Path work, Path ours, PrintWriter out) throws IOException {
    int paras = prefixParagraphs(docs);
    int points = docs.stream().mapToInt(d -> d.digest().points().size()).sum();
    long bytes = paragraphTexts(docs).stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    out.printf(Locale.ROOT, "corpus        %,d documents, %,d paragraphs (%.1f MB of Chinese), %,d points, recombined from"
        + " the %d documents in %s%n", docs.size(), paras, bytes / 1e6, points, sources, corpus);
    out.flush();
    Path baseDir = work.resolve("smartcn");
    Indexing idx = indexBoth(docs, baseDir, ours, work);
    out.printf(Locale.ROOT, "method        warm-up on %,d paragraphs (each side), then the corpus in %d slices, each indexed"
        + " by SmartChineseAnalyzer then by yuanwen; times include commits (yuanwen: one per slice and every 10 s)%n",
        idx.warmParagraphs(), SLICES);
    out.printf(Locale.ROOT, "baseline      SmartChineseAnalyzer alone, one Lucene doc per paragraph: %,.0f para/s (%.1f s)%n",
        paras / idx.base(), idx.base());
    out.printf(Locale.ROOT, "yuanwen       CorpusIndex.addAll, aligned, paragraphs and points: %,.0f para/s (%.1f s)%n",
        paras / idx.ours(), idx.ours());
    out.printf(Locale.ROOT, "merge         the %d segments yuanwen's index had into one (CorpusIndex.compact, as yuanwen index"
        + " does after a large run): %.1f s, not in the times above%n", idx.segments(), idx.mergeSeconds());
    out.printf(Locale.ROOT, "ratio         %.2f yuanwen / SmartChineseAnalyzer (target >= 0.5); per slice lowest, median, highest %s%n",
        idx.base() / idx.ours(), idx.sliceRatios());
    long baseSize = folderBytes(baseDir);
    long ourSize = folderBytes(ours);
    out.printf(Locale.ROOT, "index size    SmartChineseAnalyzer %.1f MB (%,d B/paragraph)   yuanwen %.1f MB (%,d B/paragraph,"
        + " with points, stored texts and links)%n", baseSize / 1e6, baseSize / paras, ourSize / 1e6, ourSize / paras);
    out.flush();
  }

  // ---------------------------------------------------------------- recombining

  /**
   * Synthetic documents until the paragraphs reach {@code target}: each takes a source document's
   * paragraphs (all in order, a contiguous run, or a shuffled subset), sometimes with a few
   * paragraphs of another document mixed in, and the source's points whose gold links fall on the
   * kept paragraphs, with the headings of their sections. A source without gold keeps all its points.
   */
  static List<CorpusDocument> recombine(List<CorpusDocument> sources, Map<String, GoldDocument> gold, int target, Random random) {
    List<CorpusDocument> out = new ArrayList<>();
    int total = 0;
    while (total < target) {
      CorpusDocument src = sources.get(random.nextInt(sources.size()));
      List<Paragraph> paras = src.article().paragraphs();
      int n = paras.size();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      int mode = random.nextInt(3);
      if (mode == 1) { // a contiguous run
        int len = Math.min(n, 3 + random.nextInt(Math.max(1, n - 2)));
        int from = random.nextInt(n - len + 1);
        order = new ArrayList<>(order.subList(from, from + len));
      } else if (mode == 2) { // a shuffled subset
        Collections.shuffle(order, random);
        order = new ArrayList<>(order.subList(0, Math.max(Math.min(3, n), n / 2 + random.nextInt(n / 2 + 1))));
      }
      List<String> texts = new ArrayList<>();
      List<Integer> from = new ArrayList<>(); // source paragraph, or -1 for one mixed in
      order.forEach(i -> {
        texts.add(paras.get(i).text());
        from.add(i);
      });
      if (random.nextInt(3) == 0 && sources.size() > 1) {
        List<Paragraph> other = sources.get(random.nextInt(sources.size())).article().paragraphs();
        for (int k = 1 + random.nextInt(3); k > 0 && other != paras; k--) {
          int at = random.nextInt(texts.size() + 1);
          texts.add(at, other.get(random.nextInt(other.size())).text());
          from.add(at, -1);
        }
      }
      while (texts.size() > target - total) {
        texts.remove(texts.size() - 1);
        from.remove(from.size() - 1);
      }
      Set<Integer> kept = new HashSet<>(from);
      String id = src.id() + "~" + out.size();
      out.add(new CorpusDocument(id, src.outlet(), src.outletEn(), src.titleZh(), src.titleEn(), src.date(), src.tags(),
          Article.of(id, texts), Digest.of(id, pointsFor(src.digest(), gold.get(src.id()), kept))));
      total += texts.size();
    }
    return out;
  }

  /** The raw points linked to a kept paragraph, with the headings above them; at least the first point. */
  private static List<String> pointsFor(Digest digest, GoldDocument gold, Set<Integer> kept) {
    List<Point> all = digest.points();
    boolean[] keep = new boolean[all.size()];
    for (int p = 0; p < all.size(); p++) {
      keep[p] = gold == null;
    }
    if (gold != null) {
      for (GoldDocument.GoldLink l : gold.links()) {
        if (kept.contains(l.zh()) && l.en() < keep.length && all.get(l.en()).kind() != Point.Kind.HEADING) {
          keep[l.en()] = true;
        }
      }
    }
    for (int p = all.size() - 1; p >= 0; p--) {
      if (keep[p]) {
        for (int h = all.get(p).parentIndex(); h >= 0; h = all.get(h).parentIndex()) {
          keep[h] = true;
        }
      }
    }
    List<String> raws = new ArrayList<>();
    for (int p = 0; p < all.size(); p++) {
      if (keep[p]) {
        raws.add(all.get(p).raw());
      }
    }
    return raws.isEmpty() ? List.of(all.get(0).raw()) : raws;
  }

  // ---------------------------------------------------------------- indexing

  /** The two sides interleave in this many slices of the corpus, so both see the machine's drift alike. */
  static final int SLICES = 8;

  /** Nanoseconds of each side per slice. */
  private record Indexing(int warmParagraphs, double[] baseNanos, double[] oursNanos, int segments, double mergeSeconds) {
    double base() {
      return Arrays.stream(baseNanos).sum() / 1e9;
    }

    double ours() {
      return Arrays.stream(oursNanos).sum() / 1e9;
    }

    /** Baseline time over ours per slice: the lowest, the median and the highest. */
    String sliceRatios() {
      double[] r = new double[SLICES];
      for (int i = 0; i < SLICES; i++) {
        r[i] = baseNanos[i] / oursNanos[i];
      }
      Arrays.sort(r);
      return String.format(Locale.ROOT, "%.2f, %.2f, %.2f", r[0], (r[SLICES / 2 - 1] + r[SLICES / 2]) / 2, r[SLICES - 1]);
    }
  }

  private Indexing indexBoth(List<CorpusDocument> docs, Path baseDir, Path ourDir, Path work) throws IOException {
    int total = prefixParagraphs(docs);
    // A warm-up slice (JIT, dictionaries, lexicon) on both sides, into throwaway folders.
    List<CorpusDocument> warm = docs.subList(0, prefix(docs, Math.min(5000, Math.max(1, total / 20))));
    indexBaseline(work.resolve("warm-smartcn"), warm);
    try (CorpusIndex w = CorpusIndex.open(work.resolve("warm-yuanwen"))) {
      w.addAll(warm, IndexProgress.NONE);
    }
    double[] base = new double[SLICES];
    double[] ours = new double[SLICES];
    int segments;
    double merge;
    try (FSDirectory dir = FSDirectory.open(baseDir);
        SmartChineseAnalyzer smart = new SmartChineseAnalyzer();
        CorpusIndex index = CorpusIndex.open(ourDir);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(smart).setRAMBufferSizeMB(64))) {
      int start = 0;
      for (int k = 0; k < SLICES; k++) {
        int end = k == SLICES - 1 ? docs.size() : Math.max(start, prefix(docs, (int) ((long) total * (k + 1) / SLICES)));
        List<CorpusDocument> part = docs.subList(start, end);
        start = end;
        status("SmartChineseAnalyzer, slice " + (k + 1) + " of " + SLICES);
        base[k] = BenchCommand.addAll(writer, paragraphTexts(part));
        if (k == SLICES - 1) {
          long t0 = System.nanoTime();
          writer.commit();
          base[k] += System.nanoTime() - t0;
        }
        String label = "yuanwen, slice " + (k + 1) + " of " + SLICES;
        long t0 = System.nanoTime();
        index.addAll(part, (done, all, elapsed) -> status(label, done, all));
        ours[k] = System.nanoTime() - t0;
      }
      status("yuanwen, merging into one segment");
      long m0 = System.nanoTime();
      segments = index.compact(); // as yuanwen index does after a large run
      merge = (System.nanoTime() - m0) / 1e9;
      status(null);
      writer.rollback(); // closes on the last commit, as CorpusIndex.close() does: no merge after it
    }
    return new Indexing(prefixParagraphs(warm), base, ours, segments, merge);
  }

  /** Untimed: the warm-up of the baseline side. */
  private static void indexBaseline(Path dir, List<CorpusDocument> docs) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
        SmartChineseAnalyzer smart = new SmartChineseAnalyzer();
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(smart).setRAMBufferSizeMB(64))) {
      BenchCommand.addAll(w, paragraphTexts(docs));
      w.commit();
    }
  }

  private static List<String> paragraphTexts(List<CorpusDocument> docs) {
    List<String> out = new ArrayList<>();
    docs.forEach(d -> d.article().paragraphs().forEach(p -> out.add(p.text())));
    return out;
  }

  /** How many leading documents it takes to hold {@code paragraphs} paragraphs (at least one). */
  private static int prefix(List<CorpusDocument> docs, int paragraphs) {
    int n = 0;
    for (int d = 0; d < docs.size(); d++) {
      n += docs.get(d).article().paragraphs().size();
      if (n >= paragraphs) {
        return d + 1;
      }
    }
    return docs.size();
  }

  private static int prefixParagraphs(List<CorpusDocument> docs) {
    return docs.stream().mapToInt(d -> d.article().paragraphs().size()).sum();
  }

  // ---------------------------------------------------------------- searching

  /** A query and what kind it is. */
  record Query(String kind, String text) {}

  private static final Pattern EN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*[A-Za-z]");
  private static final Pattern EN_NUMBER =
      Pattern.compile("\\$?\\d+(?:[.,]\\d+)*(%| (billion|million|trillion|percent|yuan|years?))?");
  private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "But", "And", "With", "For", "From",
      "While", "When", "What", "How", "Why", "Its", "Their", "In", "On", "As", "At", "By", "It", "Is", "Are", "A", "An", "Of");

  /**
   * {@code n} queries, mixed: up to a third the judged queries of {@code judged} (when it exists), the
   * rest in turn Chinese words, names, figures and phrases, English words, names, figures and
   * phrases, and an English word with a Chinese one, all drawn from the source documents' texts and titles.
   */
  static List<Query> queries(List<CorpusDocument> sources, Path judged, int n, Random random) {
    List<String> file = new ArrayList<>();
    if (Files.isRegularFile(judged)) {
      ObjectMapper json = new ObjectMapper();
      try {
        for (String line : Files.readAllLines(judged, StandardCharsets.UTF_8)) {
          JsonNode q = line.isBlank() ? null : json.readTree(line).get("query");
          if (q != null && !q.asText().isBlank()) {
            file.add(q.asText());
          }
        }
      } catch (IOException e) {
        throw new InputException(judged.toString(), "cannot read the queries (" + e.getMessage() + ")", e);
      }
    }
    Map<String, Set<String>> pools = new LinkedHashMap<>();
    for (String kind : List.of("zh-word", "zh-name", "zh-figure", "zh-phrase", "en-word", "en-name", "en-figure", "en-phrase")) {
      pools.put(kind, new LinkedHashSet<>());
    }
    ChineseSegmenter seg = ChineseSegmenter.shared();
    for (CorpusDocument d : sources) {
      List<String> zh = new ArrayList<>(List.of(d.titleZh()));
      d.article().paragraphs().forEach(p -> zh.add(p.text()));
      zh.forEach(text -> chinese(text, seg.segment(text), pools));
      english(d.titleEn(), false, pools); // Title Case: no names from it
      d.digest().points().forEach(p -> english(p.text(), true, pools));
    }
    List<Query> out = new ArrayList<>();
    Collections.shuffle(file, random);
    file.subList(0, Math.min(file.size(), n / 3)).forEach(q -> out.add(new Query("judged", q)));
    Map<String, List<String>> lists = new LinkedHashMap<>();
    pools.forEach((k, v) -> {
      if (!v.isEmpty()) {
        lists.put(k, new ArrayList<>(v));
      }
    });
    List<String> kinds = new ArrayList<>(lists.keySet());
    kinds.add("mixed");
    Set<String> seen = new HashSet<>();
    out.forEach(q -> seen.add(q.text()));
    for (int i = 0, tries = 0; out.size() < n && tries < 100 * n; tries++) {
      String kind = kinds.get(i % kinds.size());
      String q = kind.equals("mixed")
          ? pick(lists.getOrDefault("en-word", List.of("AI")), random) + " " + pick(lists.getOrDefault("zh-word", List.of("人工智能")), random)
          : pick(lists.get(kind), random);
      if (seen.add(q) || tries > 50 * n) {
        out.add(new Query(kind, q));
        i++;
      }
    }
    return out;
  }

  private static String pick(List<String> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  private static void chinese(String text, List<Token> tokens, Map<String, Set<String>> pools) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String s = t.surface();
      switch (t.type()) {
        case NUMBER -> pools.get("zh-figure").add(s);
        case NAME, PLACE, ORGANIZATION, LATIN -> {
          if (s.length() >= 2) {
            pools.get("zh-name").add(s);
          }
        }
        case WORD -> {
          if (s.length() >= 2) {
            pools.get("zh-word").add(s);
          }
        }
        default -> { }
      }
      Token u = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      if (u != null && t.type() == TokenType.WORD && u.type() == TokenType.WORD && t.end() == u.start()
          && s.length() >= 2 && u.surface().length() >= 2) {
        pools.get("zh-phrase").add(text.substring(t.start(), u.end()));
      }
    }
  }

  private static void english(String text, boolean names, Map<String, Set<String>> pools) {
    List<String> words = new ArrayList<>();
    Matcher m = EN_WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (Character.isUpperCase(w.charAt(0)) && names && i > 0 && !NOT_NAMES.contains(w)) {
        boolean next = i + 1 < words.size() && Character.isUpperCase(words.get(i + 1).charAt(0));
        pools.get("en-name").add(next ? w + " " + words.get(i + 1) : w);
      } else if (w.length() >= 5 && Character.isLowerCase(w.charAt(0))) {
        pools.get("en-word").add(w);
      }
      if (i + 2 < words.size() && i % 3 == 0) {
        pools.get("en-phrase").add(String.join(" ", words.subList(i, i + 2 + i % 2)));
      }
    }
    Matcher f = EN_NUMBER.matcher(text);
    while (f.find()) {
      pools.get("en-figure").add(f.group());
    }
  }

  /** A warm-up pass, then each query timed on both sides and on the Chinese side alone. */
  private void latency(CorpusIndex index, List<Query> qs, PrintWriter out) {
    for (Query q : qs) {
      index.search(SearchRequest.of(q.text()));
      index.search(SearchRequest.of(q.text()).side(Side.ZH));
    }
    double[] both = new double[qs.size()];
    double[] zh = new double[qs.size()];
    int none = 0;
    for (int i = 0; i < qs.size(); i++) {
      String q = qs.get(i).text();
      long t0 = System.nanoTime();
      var r = index.search(SearchRequest.of(q));
      long t1 = System.nanoTime();
      index.search(SearchRequest.of(q).side(Side.ZH));
      long t2 = System.nanoTime();
      both[i] = (t1 - t0) / 1e6;
      zh[i] = (t2 - t1) / 1e6;
      none += r.hits().isEmpty() ? 1 : 0;
    }
    out.printf(Locale.ROOT, "search        10 hits with highlights and counterparts, each query timed once after a warm-up pass;"
        + " %d queries without a hit%n", none);
    out.printf(Locale.ROOT, "  both sides  %s   (targets p50 < 5 ms, p99 < 50 ms)%n", percentiles(both));
    out.printf(Locale.ROOT, "  zh only     %s%n", percentiles(zh));
  }

  private static String percentiles(double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "p50 %.2f ms   p90 %.2f ms   p99 %.2f ms   max %.2f ms",
        rank(s, 0.50), rank(s, 0.90), rank(s, 0.99), s[s.length - 1]);
  }

  /** Nearest-rank percentile of sorted values. */
  private static double rank(double[] sorted, double p) {
    return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }

  // ---------------------------------------------------------------- files and progress

  private void status(String label, int done, int total) {
    if (progress != null && (done % 200 == 0 || done == total)) {
      progress.printf(Locale.ROOT, "\r%s: %,d of %,d documents   ", label, done, total);
      progress.flush();
    }
  }

  private void status(String label) {
    if (progress != null) {
      progress.print(label == null ? "\r" + " ".repeat(60) + "\r" : "\r" + label + "   ");
      progress.flush();
    }
  }

  private static long folderBytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  private static boolean isEmptyFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
