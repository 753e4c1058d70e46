package dev.yuanwen.spark;

import dev.yuanwen.InputException;
import dev.yuanwen.align.Aligner;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Documents per second: the Spark job in {@code local[N]} against one JVM aligning the same
 * documents (one thread, then N threads), each doing the same work per document (parse the gold
 * line, align, write the record). A benchmark, not a test:
 *
 * <pre>{@code
 * AlignBench [--copies 40] [--cores 2] GOLD...   (gold files, or folders of corpus documents' gold.jsonl)
 * }</pre>
 *
 * <p>The documents are the gold records given, each repeated {@code --copies} times under new ids.
 * Every figure is taken after a warm-up pass over all of them in this JVM (and, for Spark, a job on
 * the distinct ones); CPU is the whole process's (all threads), so it includes Spark's own work.
 */
public final class AlignBench {
  private AlignBench() {}

  public static void main(String[] args) throws Exception {
    int copies = 40;
    int cores = 2;
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--copies" -> copies = Integer.parseInt(args[++i]);
        case "--cores" -> cores = Integer.parseInt(args[++i]);
        default -> inputs.add(Path.of(args[i]));
      }
    }
    if (inputs.isEmpty()) {
      System.err.println("usage: AlignBench [--copies N] [--cores N] GOLD...");
      System.exit(2);
    }
    try {
      run(inputs, copies, cores);
    } catch (InputException e) {
      System.err.println("yuanwen-spark bench: " + e.getMessage());
      System.exit(2);
    }
  }

  private static void run(List<Path> inputs, int copies, int cores) throws Exception {
    List<String> distinct = goldLines(inputs);
    Path work = Files.createTempDirectory("yuanwen-spark-bench");
    try {
      Path once = work.resolve("once.jsonl");
      Files.write(once, distinct, StandardCharsets.UTF_8);
      List<String> many = new ArrayList<>();
      for (int k = 0; k < copies; k++) {
        for (String line : distinct) {
          // the same record under a new id: "id" is the first field of every gold line written by the project
          many.add(line.replaceFirst("\"id\"\\s*:\\s*\"([^\"]*)\"", "\"id\": \"$1~" + k + "\""));
        }
      }
      Path all = work.resolve("all.jsonl");
      Files.write(all, many, StandardCharsets.UTF_8);
      System.out.printf(Locale.ROOT, "%d documents (%d distinct x %d copies), %d cores, %s%n", many.size(),
          distinct.size(), copies, cores, load());

      oneJvm(many, cores); // warm-up: the JIT compiles the aligner's code paths before any figure
      double[] one = oneJvm(many, 1);
      report("one JVM, 1 thread", many.size(), one);
      double[] threads = oneJvm(many, cores);
      report("one JVM, " + cores + " threads", many.size(), threads);

      SparkSession spark = SparkSession.builder()
          .master("local[" + cores + "]")
          .appName("yuanwen bench")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", Integer.toString(cores))
          .getOrCreate();
      try {
        AlignJob.run(spark, List.of(once.toString()), work.resolve("warm").toString(), AlignJob.Format.JSONL);
        long cpu = cpuNanos();
        long t0 = System.nanoTime();
        long n = AlignJob.run(spark, List.of(all.toString()), work.resolve("out").toString(), AlignJob.Format.JSONL);
        double[] sparkFigures = {(System.nanoTime() - t0) / 1e9, (cpuNanos() - cpu) / 1e9};
        if (n != many.size()) {
          throw new IllegalStateException("Spark wrote " + n + " records for " + many.size() + " documents");
        }
        report("Spark local[" + cores + "], JSON lines written", many.size(), sparkFigures);
      } finally {
        spark.stop();
      }
      System.out.printf(Locale.ROOT, "after: %s%n", load());
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Wall and CPU seconds for aligning {@code lines} in this JVM on {@code threads} threads. */
  private static double[] oneJvm(List<String> lines, int threads) throws Exception {
    Aligner aligner = Aligner.shared();
    long cpu = cpuNanos();
    long t0 = System.nanoTime();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(pool.submit(() -> {
          long bytes = 0;
          for (int i = next.getAndIncrement(); i < lines.size(); i = next.getAndIncrement()) {
            GoldDocument doc = GoldFiles.readLine("bench", i + 1, lines.get(i));
            Alignment a = aligner.align(doc.article(), doc.digest(),
                doc.kind() == GoldDocument.Kind.PARALLEL ? Aligner.Mode.PARALLEL : Aligner.Mode.DIGEST);
            bytes += AlignJob.record(doc.id(), a).length();
          }
          return bytes;
        }));
      }
      for (Future<Long> f : parts) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return new double[] {(System.nanoTime() - t0) / 1e9, (cpuNanos() - cpu) / 1e9};
  }

  private static void report(String what, int docs, double[] wallCpu) {
    System.out.printf(Locale.ROOT, "%-36s %7.1f docs/s  wall %6.2f s  CPU %6.2f s  (%.1f ms CPU a document)%n",
        what, docs / wallCpu[0], wallCpu[0], wallCpu[1], 1000 * wallCpu[1] / docs);
  }

  /** The non-blank lines of the gold files that {@code inputs} stand for (as {@link GoldFiles#read(Path)} finds them). */
  private static List<String> goldLines(List<Path> inputs) {
    GoldFiles.read(inputs); // every record checked, ids unique
    List<String> out = new ArrayList<>();
    for (Path input : inputs) {
      List<Path> files = new ArrayList<>();
      if (Files.isRegularFile(input)) {
        files.add(input);
      } else if (Files.isRegularFile(input.resolve(GoldFiles.CORPUS_GOLD))) {
        files.add(input.resolve(GoldFiles.CORPUS_GOLD));
      } else {
        try (Stream<Path> children = Files.list(input)) {
          children.sorted().map(c -> c.resolve(GoldFiles.CORPUS_GOLD)).filter(Files::isRegularFile).forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      for (Path f : files) {
        try {
          Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return out;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String load() {
    return String.format(Locale.ROOT, "load average %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
