package dev.yuanwen.examples.cli;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import dev.yuanwen.InputException;
import dev.yuanwen.align.Aligner;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.analysis.ChineseAnalyzer;
import dev.yuanwen.analysis.ChineseSegmenter;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.CorpusFolder;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.Paragraph;
import dev.yuanwen.lexicon.Lexicon;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures what the foundation promises: segmentation throughput against raw HanLP, lexicon load
 * cost, and Lucene indexing throughput against SmartChineseAnalyzer, on the same text in one run.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure segmentation, indexing and alignment throughput and the lexicon's load cost.",
      "The text is the corpus articles' paragraphs recombined (fixed seed) to --kb of UTF-8,"
          + " or the paragraphs of --text FILE. Alignment runs on 20-paragraph articles with"
          + " 15-point digests made from the corpus documents."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Corpus folder (default: the project's corpus/, found through the launcher, else ./corpus).")
  Path corpus = defaultCorpus();

  @Option(names = "--text", paramLabel = "FILE", description = "A Chinese text file to use instead of the corpus.")
  Path text;

  @Option(names = "--kb", description = "How much text to build, in KB of UTF-8 (default: ${DEFAULT-VALUE}).", defaultValue = "300")
  int kb;

  @Option(names = "--parallel", paramLabel = "FILE", description = {
      "Gold file of sentence-aligned translations for the parallel case, e.g. ../shared/devset/mac-dev.jsonl"
          + " (default: corpus/translations/sentences.jsonl)."})
  Path parallel;

  @Option(names = "--rounds", description = "Timed rounds after warm-up (default: ${DEFAULT-VALUE}).", defaultValue = "7")
  int rounds;

  @Option(names = "--long-paragraphs", paramLabel = "N",
      description = "Paragraphs of the long-document case, 0 to skip it (default: ${DEFAULT-VALUE}).", defaultValue = "5000")
  int longParagraphs;

  @Option(names = "--long-points", paramLabel = "N",
      description = "Digest points of the long-document case (default: ${DEFAULT-VALUE}).", defaultValue = "500")
  int longPoints;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (kb < 1 || rounds < 1) {
      throw new InputException("bench", "--kb and --rounds must be at least 1");
    }
    if (longParagraphs < 0 || longPoints < 1) {
      throw new InputException("bench", "--long-paragraphs must be at least 0 and --long-points at least 1");
    }
    // The lexicon first, while nothing else is loaded: its figures are a cold load.
    LexiconCost lex = measureLexicon();
    List<String> paragraphs = text != null ? paragraphsOf(text) : recombined(loadCorpus(corpus), kb * 1024L);
    long bytes = paragraphs.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length).sum();
    out.printf(Locale.ROOT, "yuanwen bench: %,d paragraphs, %,d KB of Chinese (%s), %d timed rounds after warm-up%n",
        paragraphs.size(), bytes / 1024, text != null ? text : "recombined from " + corpus + "/", rounds);

    ChineseSegmenter seg = ChineseSegmenter.shared();
    StandardTokenizer.segment("预热"); // loads the same dictionaries; both sides start warm
    Timing segTimes = segmentation(paragraphs, seg::segment, StandardTokenizer::segment, rounds);
    out.printf(Locale.ROOT, "segmentation  yuanwen %.2f MB/s   HanLP StandardTokenizer %.2f MB/s   ratio %.2f (target >= 0.8)%n",
        bytes / 1e6 / segTimes.a(), bytes / 1e6 / segTimes.b(), segTimes.ratio());

    out.printf(Locale.ROOT, "lexicon       %,d entries, load %d ms, heap %.1f MB (targets < 500 ms, < 80 MB)%n",
        lex.entries, lex.millis, lex.heapMb);

    try (Analyzer ourAnalyzer = new ChineseAnalyzer(); Analyzer smart = new SmartChineseAnalyzer()) {
      Timing idx = indexing(paragraphs, ourAnalyzer, smart, rounds);
      out.printf(Locale.ROOT, "indexing      ChineseAnalyzer %,.0f para/s   SmartChineseAnalyzer %,.0f para/s   ratio %.2f (target >= 1.0)%n",
          paragraphs.size() / idx.a(), paragraphs.size() / idx.b(), idx.ratio());
    }

    List<AlignmentCase> cases = alignmentCases(corpus);
    Timing al = alignment(cases, seg, rounds);
    out.printf(Locale.ROOT, "alignment     %,.0f documents/s (20 paragraphs, 15 points)   cost %.2f x segmenting the article"
        + " (targets >= 300/s, <= 3)%n", cases.size() / al.a(), al.a() / al.b());
    Path parallelFile = parallel != null ? parallel : corpus.resolve("translations").resolve("sentences.jsonl");
    if (Files.exists(parallelFile) || parallel != null) {
      List<GoldDocument> translations = GoldFiles.read(parallelFile);
      long units = translations.stream().mapToLong(d -> d.zh().size() + d.en().size()).sum();
      Timing par = parallelCase(translations, rounds);
      out.printf(Locale.ROOT, "parallel      %,.0f sentences/s in parallel mode, %,.0f in digest mode (%s, %d documents,"
          + " %,d sentences); slowest document %.0f ms%n", units / par.a(), units / par.b(), parallelFile,
          translations.size(), units, slowest(translations));
    }
    out.printf(Locale.ROOT, "heap          %.0f MB used after loading and aligning (target < 200 MB)%n",
        usedHeapAfterGc() / 1048576.0);
    if (longParagraphs > 0) {
      LongCase c = longCase(corpus, longParagraphs, longPoints);
      out.printf(Locale.ROOT, "long document %,d paragraphs, %,d points: aligned in %.2f s, JSON (%.1f MB) streamed in %.2f s;"
          + " peak heap %.0f MB, peak RSS %s (targets <= 5 s, <= 1 GB RSS)%n",
          longParagraphs, longPoints, c.alignSeconds, c.jsonBytes / 1e6, c.jsonSeconds, c.peakHeapMb,
          c.peakRssMb < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", c.peakRssMb));
    }
    return 0;
  }

  private record LongCase(double alignSeconds, double jsonSeconds, long jsonBytes, double peakHeapMb, double peakRssMb) {}

  /**
   * One long document: the corpus paragraphs recombined (fixed seed) to {@code paragraphs}, and
   * the corpus digests' points in turn to {@code points}; aligned once, its JSON written to a
   * counter. Peak heap is the heap pools' peak since the case began; peak RSS the process's
   * high-water mark (Linux /proc, else n/a), which includes everything run before.
   */
  private LongCase longCase(Path corpus, int paragraphs, int points) {
    List<String> pool = loadCorpus(corpus);
    List<String> zh = new ArrayList<>();
    Random random = new Random(7);
    List<String> deck = new ArrayList<>(pool);
    while (zh.size() < paragraphs) {
      Collections.shuffle(deck, random);
      zh.addAll(deck.subList(0, Math.min(deck.size(), paragraphs - zh.size())));
    }
    List<String> allPoints = new ArrayList<>();
    for (AlignmentCase c : alignmentCases(corpus)) {
      for (dev.yuanwen.document.Point p : c.digest().points()) {
        allPoints.add(p.raw());
      }
    }
    List<String> en = new ArrayList<>();
    for (int i = 0; en.size() < points; i++) {
      en.add(allPoints.get(i % allPoints.size()));
    }
    Article article = Article.of("long.zh.txt", zh);
    Digest digest = Digest.of("long.en.txt", en);
    usedHeapAfterGc();
    for (java.lang.management.MemoryPoolMXBean pool2 : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      pool2.resetPeakUsage();
    }
    long t0 = System.nanoTime();
    dev.yuanwen.align.Alignment alignment = Aligner.shared().align(article, digest);
    long t1 = System.nanoTime();
    long[] bytes = new long[1];
    try (java.io.Writer counter = new java.io.Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        for (int k = off; k < off + len; k++) {
          char ch = buf[k];
          bytes[0] += ch < 0x80 ? 1 : ch < 0x800 || Character.isSurrogate(ch) ? 2 : 3;
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    }) {
      dev.yuanwen.align.AlignmentJson.write(alignment, counter);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long t2 = System.nanoTime();
    long peak = 0;
    for (java.lang.management.MemoryPoolMXBean pool2 : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool2.getType() == java.lang.management.MemoryType.HEAP) {
        peak += pool2.getPeakUsage().getUsed();
      }
    }
    return new LongCase((t1 - t0) / 1e9, (t2 - t1) / 1e9, bytes[0], peak / 1048576.0, peakRssMb());
  }

  /** The process's peak resident set (VmHWM), or -1 where /proc does not say. */
  private static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** An article and a digest, already parsed: the benchmark times alignment alone. */
  private record AlignmentCase(Article article, Digest digest) {}

  /**
   * One case per corpus document: its article cut or filled (with the next documents' paragraphs)
   * to 20 paragraphs, its digest's points cut or repeated to 15.
   */
  static List<AlignmentCase> alignmentCases(Path corpus) {
    List<CorpusFolder> docs = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(corpus)) {
      for (Path dir : dirs.sorted().toList()) {
        if (CorpusFolder.articleFile(dir) != null) {
          docs.add(CorpusFolder.read(dir));
        }
      }
    } catch (IOException e) {
      throw new InputException(corpus.toString(), "cannot list the folder: " + e.getMessage(), e);
    }
    if (docs.isEmpty()) {
      throw new InputException(corpus.toString(), "no corpus documents found");
    }
    List<AlignmentCase> cases = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      List<String> zh = new ArrayList<>();
      for (int k = 0; zh.size() < 20; k++) {
        for (Paragraph p : docs.get((d + k) % docs.size()).article().paragraphs()) {
          if (zh.size() < 20) {
            zh.add(p.text());
          }
        }
      }
      List<String> en = new ArrayList<>();
      List<dev.yuanwen.document.Point> points = docs.get(d).digest().points();
      for (int i = 0; en.size() < 15; i++) {
        en.add(points.get(i % points.size()).raw());
      }
      String id = docs.get(d).id();
      cases.add(new AlignmentCase(Article.of(id, zh), Digest.of(id, en)));
    }
    return cases;
  }

  /** Aligning each case against segmenting its article's paragraphs, interleaved per case. */
  private static Timing alignment(List<AlignmentCase> cases, ChineseSegmenter seg, int rounds) {
    Aligner aligner = Aligner.shared();
    int repeat = Math.max(1, 600 / cases.size()); // enough documents per round to time well
    return timed(rounds, () -> {
      long na = 0;
      long nb = 0;
      for (int r = 0; r < repeat; r++) {
        for (AlignmentCase c : cases) {
          long t0 = System.nanoTime();
          aligner.align(c.article(), c.digest());
          long t1 = System.nanoTime();
          for (Paragraph p : c.article().paragraphs()) {
            seg.segment(p.text());
          }
          long t2 = System.nanoTime();
          na += t1 - t0;
          nb += t2 - t1;
        }
      }
      return new long[] {na / repeat, nb / repeat};
    });
  }

  /** The parallel decoder against the digest decoder on the same translations, interleaved per document. */
  private static Timing parallelCase(List<GoldDocument> docs, int rounds) {
    Aligner aligner = Aligner.shared();
    return timed(rounds, () -> {
      long na = 0;
      long nb = 0;
      for (GoldDocument d : docs) {
        Article article = d.article();
        Digest digest = d.digest();
        long t0 = System.nanoTime();
        aligner.align(article, digest, Aligner.Mode.PARALLEL);
        long t1 = System.nanoTime();
        aligner.align(article, digest, Aligner.Mode.DIGEST);
        long t2 = System.nanoTime();
        na += t1 - t0;
        nb += t2 - t1;
      }
      return new long[] {na, nb};
    });
  }

  /** Milliseconds of the slowest document in parallel mode (after the warm-up of {@link #parallelCase}). */
  private static double slowest(List<GoldDocument> docs) {
    double max = 0;
    for (GoldDocument d : docs) {
      Article article = d.article();
      Digest digest = d.digest();
      long t0 = System.nanoTime();
      Aligner.shared().align(article, digest, Aligner.Mode.PARALLEL);
      max = Math.max(max, (System.nanoTime() - t0) / 1e6);
    }
    return max;
  }

  /** Median seconds of each side, and the median of the per-round speed ratios b/a. */
  private record Timing(double a, double b, double ratio) {}

  /** One round of a comparison: the nanoseconds of side a and of side b. */
  private interface Round {
    long[] run() throws IOException;
  }

  /**
   * Runs two warm-up rounds (JIT, caches), then {@code rounds} timed ones; each side's median time and the median
   * of the per-round ratios b/a, which stays steady while the machine's speed drifts.
   */
  private static Timing timed(int rounds, Round round) {
    try {
      round.run();
      round.run();
      double[] ta = new double[rounds];
      double[] tb = new double[rounds];
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        long[] t = round.run();
        ta[r] = t[0] / 1e9;
        tb[r] = t[1] / 1e9;
        ratios[r] = (double) t[1] / t[0];
      }
      return new Timing(median(ta), median(tb), median(ratios));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Work on a chunk of paragraphs that returns the nanoseconds it took. */
  private interface ChunkWork {
    long run(List<String> chunk) throws IOException;
  }

  /**
   * Goes through the paragraphs in chunks, doing a then b (or b then a, alternately) on each, so
   * that both sides see the same moment of the machine; returns their total nanoseconds.
   */
  private static long[] interleave(List<String> paragraphs, int chunkSize, ChunkWork a, ChunkWork b) throws IOException {
    long na = 0;
    long nb = 0;
    for (int from = 0, chunk = 0; from < paragraphs.size(); from += chunkSize, chunk++) {
      List<String> part = paragraphs.subList(from, Math.min(paragraphs.size(), from + chunkSize));
      if (chunk % 2 == 0) {
        na += a.run(part);
        nb += b.run(part);
      } else {
        nb += b.run(part);
        na += a.run(part);
      }
    }
    return new long[] {na, nb};
  }

  /** Per-paragraph work, interleaved by chunks of 16. */
  private static Timing segmentation(List<String> paragraphs, Consumer<String> a, Consumer<String> b, int rounds) {
    return timed(rounds, () -> interleave(paragraphs, 16, part -> nanos(part, a), part -> nanos(part, b)));
  }

  private static long nanos(List<String> part, Consumer<String> work) {
    long t0 = System.nanoTime();
    part.forEach(work);
    return System.nanoTime() - t0;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /**
   * Indexes the paragraphs into two in-memory indexes at once, one per analyzer, interleaved by
   * chunks of 64; each side's time includes its final commit.
   */
  private static Timing indexing(List<String> paragraphs, Analyzer a, Analyzer b, int rounds) {
    return timed(rounds, () -> {
      try (ByteBuffersDirectory da = new ByteBuffersDirectory();
          ByteBuffersDirectory db = new ByteBuffersDirectory();
          IndexWriter wa = new IndexWriter(da, new IndexWriterConfig(a).setRAMBufferSizeMB(64));
          IndexWriter wb = new IndexWriter(db, new IndexWriterConfig(b).setRAMBufferSizeMB(64))) {
        long[] t = interleave(paragraphs, 64, part -> addAll(wa, part), part -> addAll(wb, part));
        long t0 = System.nanoTime();
        wa.commit();
        long t1 = System.nanoTime();
        wb.commit();
        long t2 = System.nanoTime();
        return new long[] {t[0] + t1 - t0, t[1] + t2 - t1};
      }
    });
  }

  static long addAll(IndexWriter w, List<String> part) throws IOException {
    long t0 = System.nanoTime();
    for (String p : part) {
      Document d = new Document();
      d.add(new TextField("body", p, Field.Store.NO));
      w.addDocument(d);
    }
    return System.nanoTime() - t0;
  }

  private record LexiconCost(int entries, long millis, double heapMb) {}

  private static LexiconCost measureLexicon() {
    long before = usedHeapAfterGc();
    long t0 = System.nanoTime();
    Lexicon lexicon = Lexicon.shared();
    long millis = (System.nanoTime() - t0) / 1_000_000;
    long after = usedHeapAfterGc();
    int entries = lexicon.size();
    return new LexiconCost(entries, millis, (after - before) / 1048576.0);
  }

  static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static List<String> paragraphsOf(Path file) {
    List<String> out = new ArrayList<>();
    for (Paragraph p : Article.parse(file).paragraphs()) {
      out.add(p.text());
    }
    return out;
  }

  /** The launcher sets YUANWEN_HOME to the project root, so the bench works from any folder. */
  static Path defaultCorpus() {
    String home = System.getenv("YUANWEN_HOME");
    return home != null && !home.isBlank() ? Path.of(home, "corpus") : Path.of("corpus");
  }

  /** Every article paragraph in the corpus folder. */
  static List<String> loadCorpus(Path corpus) {
    if (!Files.isDirectory(corpus)) {
      throw new InputException(corpus.toString(), "not a corpus folder (run from the project root or give --corpus DIR)");
    }
    List<String> all = new ArrayList<>();
    try (Stream<Path> docs = Files.list(corpus)) {
      for (Path doc : docs.sorted().toList()) {
        Path article = CorpusFolder.articleFile(doc);
        if (article != null) {
          all.addAll(paragraphsOf(article));
        }
      }
    } catch (IOException e) {
      throw new InputException(corpus.toString(), "cannot list the folder: " + e.getMessage(), e);
    }
    if (all.isEmpty()) {
      throw new InputException(corpus.toString(), "no articles found");
    }
    return all;
  }

  /** Paragraphs drawn in a shuffled, repeatable order until their UTF-8 size reaches {@code bytes}. */
  static List<String> recombined(List<String> pool, long bytes) {
    List<String> out = new ArrayList<>();
    Random random = new Random(42);
    long size = 0;
    List<String> deck = new ArrayList<>(pool);
    while (size < bytes) {
      Collections.shuffle(deck, random);
      for (String p : deck) {
        out.add(p);
        size += p.getBytes(StandardCharsets.UTF_8).length;
        if (size >= bytes) {
          break;
        }
      }
    }
    return out;
  }
}
