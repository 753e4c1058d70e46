package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * {@link WindowedMaxQuery}: a word's translations scored window by window give the hits and scores
 * of the disjunction-max it wraps, as a clause of a disjunction (scored in bulk), inside a
 * conjunction, across windows, with deleted entries and alternatives that need positions.
 */
class WindowedMaxQueryTest {
  private static final String[] WORDS = {"台风", "登陆", "福建", "撤离", "暴雨", "铁路", "停运", "的", "了", "在"};

  /** 10,000 entries (more than two windows), some deleted, words drawn unevenly. */
  private static Directory index() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    Random random = new Random(11);
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < 10_000; i++) {
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int k = 0; k < n; k++) {
          int word = (int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 4);
          text.append(WORDS[word]).append(' ');
        }
        Document d = new Document();
        d.add(new StringField("id", Integer.toString(i), Field.Store.NO));
        d.add(new TextField(IndexSchema.ZH, text.toString(), Field.Store.NO));
        w.addDocument(d);
      }
      for (int i = 0; i < 10_000; i += 7) {
        w.deleteDocuments(new Term("id", Integer.toString(i)));
      }
    }
    return dir;
  }

  private static Query t(String word, float boost) {
    return new BoostQuery(new TermQuery(new Term(IndexSchema.ZH, word)), boost);
  }

  private static DisjunctionMaxQuery translations(float tie) {
    return new DisjunctionMaxQuery(List.of(t("台风", 0.8f), t("暴雨", 0.5f), t("的", 0.1f),
        new BoostQuery(new PhraseQuery(IndexSchema.ZH, "铁路", "停运"), 0.9f), t("不存在", 1f)), tie);
  }

  private static void assertSameHits(IndexSearcher s, Query expected, Query actual) throws IOException {
    TopDocs a = s.search(expected, new TopScoreDocCollectorManager(200, null, Integer.MAX_VALUE));
    TopDocs b = s.search(actual, new TopScoreDocCollectorManager(200, null, Integer.MAX_VALUE));
    assertEquals(a.totalHits.value, b.totalHits.value, "hits of " + actual);
    assertTrue(a.totalHits.value > 100, "hits: " + a.totalHits.value);
    for (int i = 0; i < a.scoreDocs.length; i++) {
      assertEquals(a.scoreDocs[i].score, b.scoreDocs[i].score, 1e-5f, "score at rank " + i + " of " + actual);
      if (i + 1 < a.scoreDocs.length && a.scoreDocs[i].score != a.scoreDocs[i + 1].score) {
        assertEquals(a.scoreDocs[i].doc, b.scoreDocs[i].doc, "entry at rank " + i);
      }
    }
  }

  @Test
  void asAClauseOfADisjunctionItScoresAsTheDisjunctionMax() throws IOException {
    try (Directory dir = index(); DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(r);
      s.setQueryCache(null);
      for (float tie : new float[] {0f, 0.1f, 1f}) {
        Query plain = new BooleanQuery.Builder().add(translations(tie), Occur.SHOULD)
            .add(t("登陆", 1f), Occur.SHOULD).add(new BoostQuery(translations(tie), 0.7f), Occur.SHOULD).build();
        Query windowed = WindowedMaxQuery.windowed(plain);
        assertTrue(windowed.toString().equals(plain.toString()), windowed.toString());
        assertTrue(windowed != plain);
        assertSameHits(s, plain, windowed);
        // alone, at the top
        assertSameHits(s, translations(tie), WindowedMaxQuery.windowed(translations(tie)));
      }
    }
  }

  /**
   * With an exclusion, Lucene scores the disjunction between excluded entries and skips a clause
   * ahead with an empty range: each clause must then move to the entry asked (it once looped forever).
   */
  @Test
  void withAnExclusionTheRangesBetweenExcludedEntriesAreScored() throws IOException {
    try (Directory dir = index(); DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(r);
      s.setQueryCache(null);
      Query plain = new BooleanQuery.Builder().add(translations(0.1f), Occur.SHOULD).add(t("登陆", 1f), Occur.SHOULD)
          .add(new TermQuery(new Term(IndexSchema.ZH, "撤离")), Occur.MUST_NOT).build();
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertSameHits(s, plain, WindowedMaxQuery.windowed(plain)));
    }
  }

  @Test
  void insideAConjunctionOrCountedItIsTheDisjunctionMax() throws IOException {
    try (Directory dir = index(); DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(r);
      Query plain = new BooleanQuery.Builder().add(translations(0.1f), Occur.MUST).add(t("福建", 1f), Occur.MUST).build();
      assertSameHits(s, plain, WindowedMaxQuery.windowed(plain));
      assertEquals(s.count(translations(0.1f)), s.count(WindowedMaxQuery.windowed(translations(0.1f))));
      // one alternative left after rewriting: the alternative itself
      Query one = new WindowedMaxQuery(new DisjunctionMaxQuery(List.of(t("台风", 1f)), 0.1f));
      assertEquals(s.rewrite(t("台风", 1f)), s.rewrite(one));
      // an explanation adds up to the score
      TopDocs top = s.search(WindowedMaxQuery.windowed(translations(0.1f)), 1);
      assertEquals(top.scoreDocs[0].score,
          s.explain(WindowedMaxQuery.windowed(translations(0.1f)), top.scoreDocs[0].doc).getValue().floatValue(), 1e-5f);
    }
  }
}
