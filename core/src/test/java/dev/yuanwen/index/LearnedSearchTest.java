package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.align.Aligner;
import dev.yuanwen.align.TermPairs;
import dev.yuanwen.analysis.SegmentedArticle;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.index.QueryExplanation.Source;
import dev.yuanwen.lexicon.TranslationTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translation table the index learns from its alignments (stored in the index, kept across
 * single additions, relearned), the learned translations in query translation and its explanation,
 * and the alignment-aware fields (an entry found through what its linked counterpart says, below
 * entries that have the word themselves).
 */
class LearnedSearchTest {
  private static final Path CORPUS = Path.of("..", "corpus");
  private static List<CorpusDocument> docs;
  private static CorpusIndex corpus;

  @BeforeAll
  static void indexCorpus() {
    docs = CorpusDocument.readAll(List.of(CORPUS));
    corpus = CorpusIndex.inMemory();
    corpus.addAll(docs, IndexProgress.NONE);
  }

  @AfterAll
  static void close() {
    corpus.close();
  }

  @Test
  void theIndexLearnsItsTableFromTheAlignmentsConfidentLinks() {
    TranslationTable table = corpus.translationTable();
    assertFalse(table.isEmpty());
    assertTrue(corpus.translationTableSource().startsWith("learned from 13 documents"), corpus.translationTableSource());
    // TSMC is Latin in the digests and 台积电 in the articles; CC-CEDICT has no entry "TSMC"
    assertTrue(table.chineseFor("tsmc").stream().anyMatch(t -> t.term().equals("台积电")), table.chineseFor("tsmc").toString());
    // the same table as learned by hand from the same documents' links
    List<TranslationTable.TermPair> pairs = new ArrayList<>();
    for (CorpusDocument d : docs) {
      SegmentedArticle s = SegmentedArticle.of(d.article());
      pairs.addAll(TermPairs.of(s, Aligner.shared().align(s, d.digest()), TermPairs.MIN_CONFIDENCE));
    }
    TranslationTable byHand = TranslationTable.learn(pairs, TranslationTable.Options.defaults());
    assertEquals(byHand.size(), table.size());
    assertEquals(byHand.chineseFor("typhoon"), table.chineseFor("typhoon"));
  }

  @Test
  void anEnglishNameFindsChineseParagraphsThroughTheLearnedTableAndSaysSo() {
    SearchResults r = corpus.search(SearchRequest.of("TSMC").side(Side.ZH).limit(5));
    QueryExplanation.Term tsmc = r.explanation().words().stream().filter(w -> w.text().equals("TSMC")).findFirst().orElseThrow();
    assertTrue(tsmc.translations().stream().anyMatch(t -> t.text().equals("台积电") && t.source() == Source.LEARNED),
        tsmc.toString());
    assertTrue(r.explanation().summary().contains("台积电 (learned)"), r.explanation().summary());
    assertEquals(5, r.hits().size());
    for (Hit h : r.hits()) {
      assertEquals("tsmc-arizona-fabs", h.doc());
    }
    // 台積電 in the articles' traditional script, lit up as the learned translation
    for (Hit h : r.hits()) {
      assertTrue(h.highlights().stream().anyMatch(sp -> h.text().substring(sp.start(), sp.end()).equals("台積電")), h.toString());
    }
  }

  @Test
  void theTableIsStoredInTheIndexCommittedAndReadAfterReopening(@TempDir Path dir) {
    byte[] written;
    String explained;
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      index.addAll(docs, IndexProgress.NONE);
      written = index.translationTable().toBytes();
      explained = index.search(SearchRequest.of("TSMC 良率")).explanation().summary();
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertArrayEquals(written, index.translationTable().toBytes());
      assertSame(index.translationTable(), index.translationTable()); // read once, not per search
      assertEquals(explained, index.search(SearchRequest.of("TSMC 良率")).explanation().summary());
    }
  }

  @Test
  void oneMoreDocumentKeepsTheTableSearchStaysRightAndRelearningTakesItIn(@TempDir Path dir) {
    CorpusDocument wind = windFarm();
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      index.addAll(docs, IndexProgress.NONE);
      TranslationTable before = index.translationTable();
      index.add(wind);
      index.commit();
      assertSame(before, index.translationTable(), "add() leaves the table as it is");
      // the new document is found all the same, through CC-CEDICT and its own fields
      assertEquals("offshore-wind-yangjiang", index.search(SearchRequest.of("海上风电 码头").limit(1)).hits().get(0).doc());
      assertEquals("offshore-wind-yangjiang",
          index.search(SearchRequest.of("offshore wind wharves").side(Side.ZH).limit(1)).hits().get(0).doc());

      index.addAll(List.of(wind), IndexProgress.NONE); // a small batch: its own table merged in
      assertTrue(index.translationTableSource().startsWith("merged 1 documents into the table of 13"),
          index.translationTableSource());
      assertNotEquals(before.size(), index.translationTable().size());

      TranslationTable relearned = index.relearn();
      index.commit();
      assertTrue(index.translationTableSource().startsWith("learned from 14 documents"), index.translationTableSource());
      assertEquals(relearned.size(), index.translationTable().size());
      index.delete(wind.id());
      index.commit();
      // translations into words no entry has any more are left out: the search still runs and says so
      assertTrue(index.search(SearchRequest.of("Kowalczyk")).hits().isEmpty());
    }
  }

  @Test
  void aParagraphIsFoundThroughItsLinkedPointBelowOneThatHasTheWordItself() {
    try (CorpusIndex index = CorpusIndex.inMemory()) {
      index.addAll(List.of(windFarm()), IndexProgress.NONE);
      List<Hit> hits = index.search(SearchRequest.of("Kowalczyk").side(Side.ZH)).hits();
      // paragraph 3 writes the name in Latin letters; paragraph 0 writes it in Chinese (科瓦尔奇克),
      // which no dictionary has, and is found through the lead, which is linked to it
      assertEquals(List.of(3, 0), hits.stream().map(Hit::index).toList(), hits.toString());
      assertTrue(hits.get(0).score() > hits.get(1).score());
      // the fishermen's paragraph (2), which no point is linked to, is not reached through any point
      List<Integer> uncovered = Aligner.shared().align(windFarm().article(), windFarm().digest()).uncoveredParagraphs();
      assertEquals(List.of(2), uncovered);
      // and a Chinese query finds the lead through the paragraph it is linked to
      List<Hit> points = index.search(SearchRequest.of("科瓦尔奇克").side(Side.EN)).hits();
      assertFalse(points.isEmpty());
      assertEquals(0, points.get(0).index());
    }
  }

  /** A short article and its digest, written for this test. */
  static CorpusDocument windFarm() {
    Article article = Article.of("wind.zh", List.of(
        "波兰风电工程师科瓦尔奇克今年春天来到广东阳江，负责一座海上风电场的安装调试。这座风电场共有50台风机，总装机容量达到80万千瓦。",
        "阳江港今年新建了两个专用码头，风机叶片和塔筒可以直接装船出海。港口负责人说，码头投用后，每台风机的吊装时间从5天缩短到3天。",
        "当地渔民对此看法不一。有人担心施工影响近海捕捞，也有人干起了运维船的生意。",
        "在接受采访时，Kowalczyk表示，中国海上风电的施工速度让他印象深刻，欧洲同类项目通常需要更长的审批周期。"));
    Digest digest = Digest.of("wind.en", List.of(
        "Polish engineer Kowalczyk is installing an offshore wind farm of 50 turbines with a capacity of 800,000 kilowatts in Yangjiang, Guangdong.",
        "1. New wharves: Yangjiang port built two dedicated wharves this year, cutting the installation time per turbine from 5 days to 3.",
        "2. Speed: Kowalczyk says the construction speed of China's offshore wind industry impressed him; similar European projects need longer approvals."));
    return new CorpusDocument("offshore-wind-yangjiang", "", "", "阳江海上风电", "Offshore wind in Yangjiang", "2026-05",
        List.of("energy"), article, digest);
  }
}
