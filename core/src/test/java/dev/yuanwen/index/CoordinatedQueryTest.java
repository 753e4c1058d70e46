package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** {@link CoordinatedQuery}: the scores of a word beside a constant bonus where it is present. */
class CoordinatedQueryTest {
  private static final String[] POINTS = {
      "typhoon haikui made landfall in fujian",
      "the typhoon forced the evacuation of 1.9 million people",
      "evacuation centres in fujian and guangdong",
      "rail services were suspended",
      "typhoon typhoon typhoon season",
  };

  private static Directory index() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (String p : POINTS) {
        Document d = new Document();
        d.add(new TextField(IndexSchema.EN, p, Field.Store.NO));
        w.addDocument(d);
      }
    }
    return dir;
  }

  private static TermQuery t(String text) {
    return new TermQuery(new Term(IndexSchema.EN, text));
  }

  /** The words as they were written before: each word, and its bonus as a clause of its own. */
  private static Query separate(List<Query> words, float bonus) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query w : words) {
      b.add(w, Occur.SHOULD).add(new BoostQuery(new ConstantScoreQuery(w), bonus), Occur.SHOULD);
    }
    return b.build();
  }

  private static Query counted(List<Query> words, float bonus) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    words.forEach(w -> b.add(new CoordinatedQuery(w, bonus), Occur.SHOULD));
    return b.build();
  }

  @Test
  void scoresAreTheWordsPlusTheBonusWherePresent() throws IOException {
    List<Query> words = List.of(t("typhoon"), t("fujian"), new PhraseQuery(IndexSchema.EN, "evacuation", "centres"),
        new DisjunctionMaxQuery(List.of(t("rail"), t("season")), 0.1f));
    try (Directory dir = index(); DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(r);
      TopDocs before = s.search(separate(words, 0.5f), 10);
      TopDocs after = s.search(counted(words, 0.5f), 10);
      assertEquals(before.totalHits.value, after.totalHits.value);
      assertEquals(5, after.scoreDocs.length);
      for (int i = 0; i < before.scoreDocs.length; i++) {
        ScoreDoc a = before.scoreDocs[i];
        ScoreDoc b = after.scoreDocs[i];
        assertEquals(a.doc, b.doc, "rank " + i);
        assertEquals(a.score, b.score, 1e-5f, "rank " + i);
      }
      // Under a boost the bonus is boosted too, as BoostQuery(ConstantScore(w), bonus) would be.
      ScoreDoc boosted = s.search(new BoostQuery(new CoordinatedQuery(t("fujian"), 0.5f), 2f), 1).scoreDocs[0];
      ScoreDoc plain = s.search(t("fujian"), 1).scoreDocs[0];
      assertEquals(2 * plain.score + 1f, boosted.score, 1e-5f);
      // Its explanation adds up to its score.
      Explanation e = s.explain(new CoordinatedQuery(t("fujian"), 0.5f), plain.doc);
      assertEquals(plain.score + 0.5f, e.getValue().floatValue(), 1e-5f);
      assertTrue(e.toString().contains("present"), e.toString());
      assertTrue(!s.explain(new CoordinatedQuery(t("fujian"), 0.5f), 3).isMatch());
      // Counted without scores (a filter, a count) it matches what its word matches.
      assertEquals(s.count(t("typhoon")), s.count(new CoordinatedQuery(t("typhoon"), 0.5f)));
    }
  }

  @Test
  void itRewritesItsWordAndIsAValue() throws IOException {
    try (Directory dir = index(); DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(r);
      Query one = new CoordinatedQuery(new BooleanQuery.Builder().add(t("rail"), Occur.SHOULD).build(), 0.5f);
      Query rewritten = s.rewrite(one);
      assertEquals(new CoordinatedQuery(t("rail"), 0.5f), rewritten); // a one-clause boolean becomes its clause
      assertEquals(new CoordinatedQuery(t("rail"), 0.5f).hashCode(), rewritten.hashCode());
      assertTrue(!new CoordinatedQuery(t("rail"), 0.5f).equals(new CoordinatedQuery(t("rail"), 0.4f)));
      assertEquals(1, QueryTranslator.clauses(one)); // its terms are visited: clause limits see them
      assertThrows(IllegalArgumentException.class, () -> new CoordinatedQuery(t("rail"), Float.NaN));
    }
  }
}
