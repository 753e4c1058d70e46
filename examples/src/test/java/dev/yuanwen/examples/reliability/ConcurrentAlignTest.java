package dev.yuanwen.examples.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.align.Aligner;
import dev.yuanwen.document.CorpusFolder;
import dev.yuanwen.align.AlignmentJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One shared {@link Aligner} from 4 threads at once: every corpus document aligned 20 times on each
 * thread, in a different order on each, gives the alignment JSON of a single-threaded run, byte for
 * byte.
 */
class ConcurrentAlignTest {
  private static final int THREADS = 4;
  private static final int ROUNDS = 20;

  @Test
  void fourThreadsGiveTheSingleThreadJsonByteForByte() throws Exception {
    List<CorpusFolder> docs = new ArrayList<>();
    for (Path dir : CorpusFolder.documentsIn(Path.of("..", "corpus"))) {
      docs.add(CorpusFolder.read(dir));
    }
    assertTrue(docs.size() >= 13, docs.size() + " corpus documents");
    Aligner aligner = Aligner.shared();
    List<String> expected = new ArrayList<>();
    for (CorpusFolder d : docs) {
      expected.add(AlignmentJson.render(aligner.align(d.article(), d.digest())));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(pool.submit(() -> {
          start.await();
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < docs.size(); i++) {
            order.add(i);
          }
          Random random = new Random(seed);
          int checked = 0;
          for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(order, random); // threads meet on different documents
            for (int i : order) {
              CorpusFolder d = docs.get(i);
              String json = AlignmentJson.render(aligner.align(d.article(), d.digest()));
              assertEquals(expected.get(i), json, d.id() + " differs on thread " + seed + ", round " + round);
              checked++;
            }
          }
          return checked;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(5, TimeUnit.MINUTES);
      }
      assertEquals(THREADS * ROUNDS * docs.size(), total);
    } finally {
      pool.shutdownNow();
    }
  }
}
