package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** {@link SideFields}: a query cut to one side's fields matches that side's entries as before. */
class SideFieldsTest {

  private static TermQuery t(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  /** The shape of a weak phrase's loose translation: the words on both sides' fields, with translations. */
  private static Query loose() {
    return new BooleanQuery.Builder()
        .add(t(IndexSchema.ZH, "以"), Occur.SHOULD)
        .add(new BoostQuery(t(IndexSchema.VIA_ZH, "以"), 0.35f), Occur.SHOULD)
        .add(new BoostQuery(new ConstantScoreQuery(t(IndexSchema.ZH, "旧")), 0.5f), Occur.SHOULD)
        .add(new BoostQuery(t(IndexSchema.VIA_ZH, "旧"), 0.35f), Occur.SHOULD)
        .add(new PhraseQuery(IndexSchema.ZH, "换", "新"), Occur.SHOULD)
        .add(new BoostQuery(new DisjunctionMaxQuery(List.of(t(IndexSchema.EN, "replac"), t(IndexSchema.EN, "upgrad"),
            t(IndexSchema.ZH, "新")), 0.1f), 0.7f), Occur.SHOULD)
        .build();
  }

  @Test
  void leavesOnTheOtherSidesFieldsGo() {
    Query q = SideFields.restrict(loose(), Side.EN);
    String s = q.toString();
    assertTrue(s.contains("via_zh:以") && s.contains("via_zh:旧") && s.contains("en:replac") && s.contains("en:upgrad"), s);
    assertTrue(!s.contains("zh:以 ") && !s.contains("ConstantScore(zh:") && !s.contains("zh:\"") && !s.contains("zh:新"), s);
    Query zh = SideFields.restrict(loose(), Side.ZH);
    assertTrue(!zh.toString().contains("via_zh") && !zh.toString().contains("en:"), zh.toString());
    assertTrue(zh.toString().contains("zh:\"换 新\""), zh.toString());
  }

  @Test
  void nothingLeftIsNullAndARequiredForeignClauseMatchesNothing() {
    assertNull(SideFields.restrict(t(IndexSchema.ZH, "以"), Side.EN));
    assertNull(SideFields.restrict(new DisjunctionMaxQuery(List.of(t(IndexSchema.ZH, "a"), t(IndexSchema.VIA_EN, "b")), 0.1f), Side.EN));
    Query required = new BooleanQuery.Builder().add(t(IndexSchema.EN, "old"), Occur.SHOULD)
        .add(t(IndexSchema.ZH, "旧"), Occur.MUST).build();
    assertNull(SideFields.restrict(required, Side.EN));
    Query twoOfThree = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2).add(t(IndexSchema.EN, "old"), Occur.SHOULD)
        .add(t(IndexSchema.ZH, "旧"), Occur.SHOULD).add(t(IndexSchema.ZH, "新"), Occur.SHOULD).build();
    assertNull(SideFields.restrict(twoOfThree, Side.EN));
  }

  @Test
  void aQueryWithNothingForeignIsReturnedAsIs() {
    Query q = new BooleanQuery.Builder().add(t(IndexSchema.EN, "old"), Occur.SHOULD)
        .add(t(IndexSchema.TYPE, "en"), Occur.FILTER).add(t(IndexSchema.ZH, "台风"), Occur.MUST_NOT).build();
    assertSame(q, SideFields.restrict(q, Side.EN));
  }

  @Test
  void aQueryOnlyOnOneSidesOwnFieldsIsConfinedToIt() {
    Query en = SideFields.restrict(loose(), Side.EN);
    assertTrue(SideFields.confined(en, Side.EN));
    assertTrue(!SideFields.confined(en, Side.ZH));
    assertTrue(SideFields.confined(SideFields.restrict(loose(), Side.ZH), Side.ZH));
    assertTrue(!SideFields.confined(loose(), Side.EN)); // zh leaves in it
    // A field entries of every kind have, or a leaf without a field, could match the other side.
    assertTrue(!SideFields.confined(new BooleanQuery.Builder().add(t(IndexSchema.EN, "old"), Occur.SHOULD)
        .add(t(IndexSchema.DOC, "anthropic-pause"), Occur.SHOULD).build(), Side.EN));
    assertTrue(!SideFields.confined(new BooleanQuery.Builder().add(t(IndexSchema.EN, "old"), Occur.SHOULD)
        .add(new org.apache.lucene.search.MatchAllDocsQuery(), Occur.SHOULD).build(), Side.EN));
    assertTrue(SideFields.confined(new NumberFormQuery(IndexSchema.EN, "3.8"), Side.EN));
  }

  /** Paragraphs and points as CorpusIndex writes their fields, searched under a side filter. */
  @Test
  void underASideFilterTheHitsAndScoresAreTheSame() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        String[][] entries = {
            {"zh", "以 旧 换 新 补贴", "trade in old phones"},
            {"zh", "新 手机 以 旧", "new phone"},
            {"en", "replac old phone", "以 旧 换 新"},
            {"en", "upgrad new car", "新 车"},
            {"en", "old new", "以"},
            {"en", "nothing here", "别的"},
        };
        for (String[] e : entries) {
          Document d = new Document();
          d.add(new StringField(IndexSchema.TYPE, e[0], Field.Store.NO));
          boolean zh = e[0].equals("zh");
          d.add(new TextField(zh ? IndexSchema.ZH : IndexSchema.EN, e[1], Field.Store.NO));
          d.add(new TextField(zh ? IndexSchema.VIA_EN : IndexSchema.VIA_ZH, e[2], Field.Store.NO));
          w.addDocument(d);
        }
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        for (Side side : Side.values()) {
          Query filter = t(IndexSchema.TYPE, side.label());
          TopDocs before = s.search(new BooleanQuery.Builder().add(filter, Occur.FILTER).add(loose(), Occur.MUST).build(), 10);
          TopDocs after = s.search(new BooleanQuery.Builder().add(filter, Occur.FILTER)
              .add(SideFields.restrict(loose(), side), Occur.MUST).build(), 10);
          assertTrue(before.scoreDocs.length >= 2, side + ": " + before.scoreDocs.length);
          assertEquals(hits(before), hits(after), side.label());
          // Confined to the side, it needs no filter: the same hits without it.
          assertTrue(SideFields.confined(SideFields.restrict(loose(), side), side));
          assertEquals(hits(before), hits(s.search(SideFields.restrict(loose(), side), 10)), side.label() + " unfiltered");
        }
      }
    }
  }

  private static List<String> hits(TopDocs top) {
    List<String> out = new ArrayList<>();
    for (ScoreDoc d : top.scoreDocs) {
      out.add(d.doc + ":" + d.score);
    }
    return out;
  }
}
