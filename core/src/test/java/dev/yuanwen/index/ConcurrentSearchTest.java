package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches from 8 threads while the corpus is indexed again over itself (add and addAll replacing
 * every document, with commits): each search sees one whole state of the index, so its totals and
 * its hits are those of the index before the reindex, every hit resolvable with its counterparts;
 * afterwards the 8 threads get the single-thread results exactly.
 */
class ConcurrentSearchTest {
  private static final String[] QUERIES = {"长江 禁渔", "Anthropic 估值", "long-term care workers", "台风", "2030年",
      "固态电池", "marathon", "TSMC Arizona", "長照", "retirement age"};

  @TempDir Path tmp;

  /** What a search shows, without scores (which move while replaced entries await merging). */
  private static String shape(SearchResults r) {
    StringBuilder b = new StringBuilder("total " + r.totalHits());
    List<String> hits = new ArrayList<>();
    for (Hit h : r.hits()) {
      hits.add(h.doc() + " " + h.side() + " " + h.index() + " " + h.text().hashCode() + " " + h.aligned());
    }
    hits.sort(null);
    return b.append(' ').append(hits).toString();
  }

  private static SearchRequest all(String q) {
    return SearchRequest.of(q).limit(SearchRequest.MAX_LIMIT);
  }

  @Test
  void eightThreadsSearchDuringAReindex() throws Exception {
    List<CorpusDocument> docs = CorpusDocument.readAll(List.of(Path.of("..", "corpus")));
    try (CorpusIndex index = CorpusIndex.open(tmp.resolve("index"))) {
      index.addAll(docs, IndexProgress.NONE);
      List<String> before = new ArrayList<>();
      for (String q : QUERIES) {
        SearchResults r = index.search(all(q));
        assertFalse(r.hits().isEmpty(), q);
        assertTrue(r.totalHits() <= SearchRequest.MAX_LIMIT, q);
        before.add(shape(r));
      }
      int documents = index.documentCount();
      AtomicBoolean reindexing = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<Integer>> searchers = new ArrayList<>();
      try {
        for (int t = 0; t < 8; t++) {
          int offset = t;
          searchers.add(pool.submit(() -> {
            int n = 0;
            do {
              int k = (offset + n) % QUERIES.length;
              assertEquals(before.get(k), shape(index.search(all(QUERIES[k]))), QUERIES[k] + " during the reindex");
              assertEquals(documents, index.documentCount());
              n++;
            } while (reindexing.get() || n < QUERIES.length);
            return n;
          }));
        }
        for (int round = 0; round < 2; round++) {
          for (CorpusDocument d : docs) {
            index.add(d); // replaces itself
          }
          index.commit();
          index.addAll(docs, IndexProgress.NONE);
        }
        reindexing.set(false);
        int searches = 0;
        for (Future<Integer> f : searchers) {
          searches += f.get(5, TimeUnit.MINUTES);
        }
        assertTrue(searches >= 8 * QUERIES.length, searches + " searches");
      } finally {
        reindexing.set(false);
        pool.shutdownNow();
      }
      // after the reindex: 8 threads give exactly what one thread gives, scores and order included
      List<SearchResults> single = new ArrayList<>();
      for (String q : QUERIES) {
        single.add(index.search(all(q)));
      }
      List<Future<?>> checks = new ArrayList<>();
      ExecutorService after = Executors.newFixedThreadPool(8);
      try {
        for (int t = 0; t < 8; t++) {
          checks.add(after.submit(() -> {
            for (int k = 0; k < QUERIES.length; k++) {
              SearchResults r = index.search(all(QUERIES[k]));
              assertEquals(single.get(k).totalHits(), r.totalHits());
              assertEquals(single.get(k).hits(), r.hits(), QUERIES[k]);
              assertEquals(before.get(k), shape(r));
            }
            return null;
          }));
        }
        for (Future<?> f : checks) {
          f.get(5, TimeUnit.MINUTES);
        }
      } finally {
        after.shutdownNow();
      }
    }
  }
}
