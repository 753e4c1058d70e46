package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Counterparts} finds the texts of a hit's aligned entries by their position in the
 * document's block; when the entries are not in blocks (or not where the block says), it must find
 * the same texts by search. Each case checks every aligned entry of every hit against the texts the
 * index stores.
 */
class CounterpartsTest {
  private static final Path CORPUS = Path.of("..", "corpus");

  @TempDir static Path tmp;

  /** Entries of two corpus documents written by {@link CorpusIndex}, as stored documents in index order. */
  private static List<Document> written;

  @BeforeAll
  static void index() throws IOException {
    Path dir = tmp.resolve("index");
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      index.addAll(CorpusDocument.readAll(List.of(CORPUS.resolve("yangtze-fishing-ban"), CORPUS.resolve("anthropic-pause"))),
          IndexProgress.NONE);
      index.commit();
    }
    written = new ArrayList<>();
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      StoredFields stored = r.storedFields();
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        Document e = stored.document(doc);
        if (e.get(IndexSchema.SIDE) != null) {
          written.add(e);
        }
      }
    }
    assertTrue(written.size() > 40, "entries: " + written.size());
  }

  /** Every paragraph and point of {@code r}, with its Lucene number. */
  private static List<Object[]> hits(DirectoryReader r) throws IOException {
    List<Object[]> out = new ArrayList<>();
    StoredFields stored = r.storedFields();
    for (LeafReaderContext leaf : r.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document e = stored.document(leaf.docBase + doc);
        if (e.get(IndexSchema.SIDE) != null) {
          out.add(new Object[] {leaf.docBase + doc, e});
        }
      }
    }
    return out;
  }

  /** What each hit's counterparts must be: the stored text of each entry its ALIGNED names. */
  private static Map<String, String> expected(List<Document> entries, List<Document> hits) {
    Map<String, String> text = new HashMap<>();
    for (Document e : entries) {
      text.put(key(e), e.get(IndexSchema.TEXT));
    }
    Map<String, String> out = new HashMap<>();
    for (Document h : hits) {
      Side other = side(h).other();
      for (int i : CorpusIndex.split(h.get(IndexSchema.ALIGNED), ",")) {
        String k = Counterparts.key(h.get(IndexSchema.DOC), other, i);
        out.put(k, text.get(k));
      }
    }
    return out;
  }

  private static Side side(Document e) {
    return Side.valueOf(e.get(IndexSchema.SIDE).toUpperCase(Locale.ROOT));
  }

  private static String key(Document e) {
    return Counterparts.key(e.get(IndexSchema.DOC), side(e), e.getField(IndexSchema.INDEX).numericValue().intValue());
  }

  private static Map<String, String> of(DirectoryReader r, List<Object[]> hits) throws IOException {
    IndexSearcher s = new IndexSearcher(r);
    List<Document> docs = new ArrayList<>();
    int[] ids = new int[hits.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = (Integer) hits.get(i)[0];
      docs.add((Document) hits.get(i)[1]);
    }
    return Counterparts.of(s, s.storedFields(), docs, ids);
  }

  private static List<Document> docs(List<Object[]> hits) {
    return hits.stream().map(h -> (Document) h[1]).toList();
  }

  @Test
  void blocksWrittenByTheIndexGiveEveryCounterpart() throws IOException {
    try (FSDirectory d = FSDirectory.open(tmp.resolve("index")); DirectoryReader r = DirectoryReader.open(d)) {
      List<Object[]> hits = hits(r);
      Map<String, String> want = expected(written, docs(hits));
      assertTrue(want.size() > 30, "aligned entries: " + want.size());
      assertFalse(want.containsValue(null), "an ALIGNED index names no entry");
      assertEquals(want, of(r, hits));
      assertEquals(want, Counterparts.bySearch(new IndexSearcher(r), docs(hits)));
      // a few hits, in rank order rather than index order, from both documents and sides
      List<Object[]> some = new ArrayList<>(hits);
      Collections.shuffle(some, new Random(7));
      some = some.subList(0, 9);
      assertEquals(expected(written, docs(some)), of(r, some));
    }
  }

  @Test
  void aHitWithNothingAlignedHasNoCounterparts() throws IOException {
    try (FSDirectory d = FSDirectory.open(tmp.resolve("index")); DirectoryReader r = DirectoryReader.open(d)) {
      List<Object[]> lone = hits(r).stream()
          .filter(h -> ((Document) h[1]).get(IndexSchema.ALIGNED).isEmpty()).toList();
      assertFalse(lone.isEmpty(), "every entry of the two documents is aligned: pick other documents");
      assertEquals(Map.of(), of(r, lone));
    }
  }

  /** The entries re-written by hand, in {@code order}, with the fields Counterparts reads. */
  private static Directory rewrite(List<Document> order) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (Document e : order) {
        Document c = new Document();
        c.add(new StringField(IndexSchema.TYPE, IndexSchema.typeOf(side(e)), Field.Store.NO));
        c.add(new StringField(IndexSchema.DOC, e.get(IndexSchema.DOC), Field.Store.YES));
        int index = e.getField(IndexSchema.INDEX).numericValue().intValue();
        c.add(new IntPoint(IndexSchema.INDEX, index));
        c.add(new StoredField(IndexSchema.INDEX, index));
        c.add(new StoredField(IndexSchema.SIDE, e.get(IndexSchema.SIDE)));
        c.add(new StoredField(IndexSchema.TEXT, e.get(IndexSchema.TEXT)));
        c.add(new StoredField(IndexSchema.ALIGNED, e.get(IndexSchema.ALIGNED)));
        w.addDocument(c);
      }
      w.forceMerge(1);
    }
    return dir;
  }

  @Test
  void entriesOfTwoDocumentsInterleavedAreFoundBySearch() throws IOException {
    List<Document> a = written.stream().filter(e -> e.get(IndexSchema.DOC).equals("yangtze-fishing-ban")).toList();
    List<Document> b = written.stream().filter(e -> e.get(IndexSchema.DOC).equals("anthropic-pause")).toList();
    assertFalse(a.isEmpty() || b.isEmpty());
    List<Document> mixed = new ArrayList<>();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      if (i < a.size()) {
        mixed.add(a.get(i));
      }
      if (i < b.size()) {
        mixed.add(b.get(i));
      }
    }
    try (Directory dir = rewrite(mixed); DirectoryReader r = DirectoryReader.open(dir)) {
      List<Object[]> hits = hits(r);
      assertEquals(expected(written, docs(hits)), of(r, hits));
    }
  }

  @Test
  void aBlockInAnotherOrderIsCaughtByItsStoredFields() throws IOException {
    // one block per document, contiguous, but each block's entries reversed: positions point at the
    // wrong entries, and only the check of each entry's side and index can tell
    List<Document> reversed = new ArrayList<>();
    for (String id : List.of("yangtze-fishing-ban", "anthropic-pause")) {
      List<Document> block = new ArrayList<>(written.stream().filter(e -> e.get(IndexSchema.DOC).equals(id)).toList());
      Collections.reverse(block);
      reversed.addAll(block);
    }
    try (Directory dir = rewrite(reversed); DirectoryReader r = DirectoryReader.open(dir)) {
      List<Object[]> hits = hits(r);
      assertEquals(expected(written, docs(hits)), of(r, hits));
    }
  }

  @Test
  void aDeletedEntryInsideABlockFallsBackToSearch() throws IOException {
    Directory dir = rewrite(written);
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      // delete paragraph 1 of one document: its block now has a hole
      w.deleteDocuments(new org.apache.lucene.search.BooleanQuery.Builder()
          .add(new org.apache.lucene.search.TermQuery(new Term(IndexSchema.DOC, "yangtze-fishing-ban")),
              org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .add(new org.apache.lucene.search.TermQuery(new Term(IndexSchema.TYPE, "zh")),
              org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .add(IntPoint.newExactQuery(IndexSchema.INDEX, 1), org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .build());
    }
    try (dir; DirectoryReader r = DirectoryReader.open(dir)) {
      assertEquals(1, r.numDeletedDocs());
      List<Object[]> hits = hits(r);
      List<Document> left = docs(hits);
      Map<String, String> want = expected(left, left);
      want.values().removeIf(v -> v == null); // the deleted paragraph has no text to show
      assertFalse(want.containsKey(Counterparts.key("yangtze-fishing-ban", Side.ZH, 1)));
      assertEquals(want, of(r, hits));
    }
  }
}
