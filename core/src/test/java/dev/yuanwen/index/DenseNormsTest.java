package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every entry of an index (document entries, paragraphs, points, the translation table) carries
 * every scored field, so that each field's norms are dense: sparse norms are looked up by rank in
 * blocks, which at 100 K paragraphs was over a quarter of a slow query's CPU.
 */
class DenseNormsTest {
  private static final Path CORPUS = Path.of("..", "corpus");

  @TempDir Path tmp;

  @Test
  void everyEntryHasANormForEveryScoredField() throws Exception {
    Path dir = tmp.resolve("index");
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      index.addAll(CorpusDocument.readAll(List.of(CORPUS.resolve("yangtze-fishing-ban"), CORPUS.resolve("anthropic-pause"))),
          IndexProgress.NONE);
      index.commit();
    }
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      assertTrue(r.maxDoc() > 40, "entries: " + r.maxDoc());
      for (LeafReaderContext leaf : r.leaves()) {
        for (String field : List.of(IndexSchema.ZH, IndexSchema.EN, IndexSchema.VIA_EN, IndexSchema.VIA_ZH)) {
          NumericDocValues norms = leaf.reader().getNormValues(field);
          assertNotNull(norms, field);
          int maxDoc = leaf.reader().maxDoc();
          // dense norms answer cost() == maxDoc and have a value at every document
          assertTrue(norms.cost() >= maxDoc, field + ": norms for " + norms.cost() + " of " + maxDoc + " entries");
          for (int doc = 0; doc < maxDoc; doc++) {
            assertTrue(norms.advanceExact(doc), field + " has no norm at entry " + doc);
          }
        }
      }
    }
  }
}
