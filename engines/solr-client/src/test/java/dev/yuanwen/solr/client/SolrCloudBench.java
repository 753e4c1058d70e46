package dev.yuanwen.solr.client;

import dev.yuanwen.eval.JudgedQueries;
import dev.yuanwen.eval.JudgedQuery;
import dev.yuanwen.index.CorpusDocument;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.IndexProgress;
import dev.yuanwen.index.SearchRequest;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.solr.SolrTestCaseJ4.SuppressSSL;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.junit.Test;

/**
 * A benchmark, not a test (never in {@code mvn verify}; run with {@code -Pbench}, see the README):
 * indexing the same documents into the 2-node, 2-shard SolrCloud collection of {@link
 * SolrCloudCorpusTest} and into a local {@link CorpusIndex} on disk, then the judged queries' latency
 * on each (p50, p99). Both index the same way: one client thread that aligns each document and
 * writes it, a commit at the end. The Solr nodes run in this JVM, on the same cores as the client.
 *
 * <p>{@code -Dbench.copies=N} (default 5) repeats the documents under new ids; {@code
 * -Dbench.rounds=N} (default 5) runs the queries N times after a warm-up round. The figures go to
 * standard output and to {@code target/bench-solr.txt}.
 */
@SuppressSSL
public class SolrCloudBench extends SolrCloudTestCase {
  @Test
  public void indexAndQueryAgainstTheLocalIndex() throws Exception {
    Path corpus = Path.of(System.getProperty("yuanwen.corpus"));
    int copies = Integer.getInteger("bench.copies", 5);
    int rounds = Integer.getInteger("bench.rounds", 5);
    List<CorpusDocument> docs = new ArrayList<>();
    List<CorpusDocument> distinct = CorpusDocument.readAll(List.of(corpus, corpus.resolve("heldout")));
    for (int k = 0; k < copies; k++) {
      for (CorpusDocument d : distinct) {
        docs.add(k == 0 ? d : new CorpusDocument(d.id() + "~" + k, d.outlet(), d.outletEn(), d.titleZh(), d.titleEn(),
            d.date(), d.tags(), d.article(), d.digest()));
      }
    }
    List<JudgedQuery> queries = JudgedQueries.read(corpus.resolve("queries.jsonl"));
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "%d documents (%d distinct x %d), %d judged queries x %d rounds, %d cores, %s",
        docs.size(), distinct.size(), copies, queries.size(), rounds,
        Runtime.getRuntime().availableProcessors(), load()));

    configureCluster(2).addConfig("yuanwen", Path.of(System.getProperty("yuanwen.configset"), "conf")).configure();
    CollectionAdminRequest.createCollection("corpus", "yuanwen", 2, 1).process(cluster.getSolrClient());
    cluster.waitForActiveCollection("corpus", 2, 2);
    SolrCorpus solr = SolrCorpus.of(cluster.getSolrClient(), "corpus");
    Path dir = createTempDir("local-index");
    try (CorpusIndex local = CorpusIndex.open(dir)) {
      // warm-up: the aligner, the analyzers and both write paths, on the distinct documents
      for (CorpusDocument d : distinct) {
        local.add(d);
      }
      local.commit();
      solr.index(distinct, IndexProgress.NONE);

      double[] l = timed(() -> {
        for (CorpusDocument d : docs) {
          local.add(d);
        }
        local.commit();
      });
      out.add(indexLine("local CorpusIndex (disk)", docs.size(), l));
      double[] s = timed(() -> solr.index(docs, IndexProgress.NONE));
      out.add(indexLine("SolrCloud, 2 nodes x 1 shard each", docs.size(), s));

      out.add(queryLine("local CorpusIndex", latencies(queries, rounds, r -> local.search(r))));
      out.add(queryLine("SolrCloud", latencies(queries, rounds, r -> solr.search(r))));
    }
    out.add("after: " + load());
    for (String line : out) {
      System.out.println(line);
    }
    Files.write(Path.of("target", "bench-solr.txt"), out, StandardCharsets.UTF_8);
  }

  /** Milliseconds per query, over {@code rounds} rounds after one warm-up round. */
  private static double[] latencies(List<JudgedQuery> queries, int rounds, Function<SearchRequest, ?> search) {
    double[] ms = new double[queries.size() * rounds];
    int n = 0;
    for (int round = -1; round < rounds; round++) {
      for (JudgedQuery q : queries) {
        SearchRequest r = SearchRequest.of(q.query()).language(q.language()).limit(10);
        long t0 = System.nanoTime();
        search.apply(r);
        if (round >= 0) {
          ms[n++] = (System.nanoTime() - t0) / 1e6;
        }
      }
    }
    Arrays.sort(ms);
    return ms;
  }

  private interface Work {
    void run() throws Exception;
  }

  /** Wall and process CPU seconds. */
  private static double[] timed(Work work) throws Exception {
    long cpu = cpuNanos();
    long t0 = System.nanoTime();
    work.run();
    return new double[] {(System.nanoTime() - t0) / 1e9, (cpuNanos() - cpu) / 1e9};
  }

  private static String indexLine(String what, int docs, double[] wallCpu) {
    return String.format(Locale.ROOT, "index  %-34s %6.1f docs/s  wall %6.2f s  CPU %6.2f s (all threads, nodes included)",
        what, docs / wallCpu[0], wallCpu[0], wallCpu[1]);
  }

  private static String queryLine(String what, double[] sorted) {
    return String.format(Locale.ROOT, "query  %-34s p50 %6.2f ms  p99 %6.2f ms  mean %6.2f ms  (%d queries, top 10)",
        what, percentile(sorted, 50), percentile(sorted, 99), Arrays.stream(sorted).average().orElse(0), sorted.length);
  }

  /** The nearest-rank percentile of sorted values. */
  private static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String load() {
    return String.format(Locale.ROOT, "load average %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
