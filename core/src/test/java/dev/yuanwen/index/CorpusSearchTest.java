package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.align.Aligner;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.document.CorpusFolder;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search over the project's corpus: each query kind, both sides, highlights, filters, paging, hostile input. */
class CorpusSearchTest {
  private static final Path CORPUS = Path.of("..", "corpus");
  private static CorpusIndex index;

  @BeforeAll
  static void indexCorpus() {
    index = CorpusIndex.inMemory();
    index.addAll(CorpusDocument.readAll(List.of(CORPUS)), IndexProgress.NONE);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<Hit> search(SearchRequest request) {
    return index.search(request).hits();
  }

  private static boolean found(List<Hit> hits, String doc, Side side, int index) {
    return hits.stream().anyMatch(h -> h.doc().equals(doc) && h.side() == side && h.index() == index);
  }

  private static String highlighted(Hit hit) {
    return hit.highlights().stream().map(s -> hit.text().substring(s.start(), s.end())).collect(Collectors.joining("|"));
  }

  @Test
  void indexesEveryParagraphAndPointOfTheCorpus() {
    List<CorpusDocument> docs = CorpusDocument.readAll(List.of(CORPUS));
    assertEquals(docs.size(), index.documentCount());
    assertEquals(docs.stream().mapToInt(d -> d.article().paragraphs().size()).sum(), index.paragraphCount());
    assertEquals(docs.stream().mapToInt(d -> d.digest().points().size()).sum(), index.pointCount());
    assertEquals(docs.stream().map(CorpusDocument::id).sorted().toList(), index.ids());
  }

  @Test
  void storesMetadataTextsAndTheAlignersLinks() {
    StoredDocument stored = index.document("tsmc-arizona-fabs").orElseThrow();
    CorpusFolder folder = CorpusFolder.read(CORPUS.resolve("tsmc-arizona-fabs"));
    assertEquals("中央社", stored.outlet());
    assertEquals("Central News Agency (CNA)", stored.outletEn());
    assertEquals("2025-10", stored.date());
    assertTrue(stored.tags().contains("semiconductors"));
    assertEquals(folder.article().paragraphs().stream().map(p -> p.text()).toList(), stored.paragraphs());
    assertEquals(folder.digest().points().stream().map(p -> p.raw()).toList(), stored.points());
    Alignment alignment = Aligner.shared().align(folder.article(), folder.digest());
    for (int i = 0; i < stored.points().size(); i++) {
      assertEquals(alignment.point(i).paragraphs(), stored.links().get(i), "point " + i);
    }
  }

  @Test
  void chineseQueryFindsChineseParagraphsAsWritten() {
    List<Hit> hits = search(SearchRequest.of("长江禁渔").side(Side.ZH).limit(5));
    assertEquals(Language.ZH, index.search(SearchRequest.of("长江禁渔")).language());
    assertEquals("yangtze-fishing-ban", hits.get(0).doc());
    assertTrue(hits.stream().allMatch(h -> h.side() == Side.ZH));
    assertTrue(highlighted(hits.get(0)).contains("长江"), highlighted(hits.get(0)));
  }

  @Test
  void chineseQueryFindsEnglishPointsThroughTheLexicon() {
    List<Hit> hits = search(SearchRequest.of("退休年龄").side(Side.EN).limit(5));
    assertEquals("delayed-retirement-reform", hits.get(0).doc());
    assertEquals(Side.EN, hits.get(0).side());
    assertTrue(highlighted(hits.get(0)).toLowerCase().contains("retirement"), highlighted(hits.get(0)));
  }

  @Test
  void englishQueryFindsEnglishPointsAndChineseParagraphs() {
    List<Hit> en = search(SearchRequest.of("marathon").side(Side.EN).limit(3));
    assertTrue(en.stream().allMatch(h -> h.doc().equals("marathon-boom-china")));
    List<Hit> zh = search(SearchRequest.of("fishing ban").side(Side.ZH).limit(3));
    assertEquals("yangtze-fishing-ban", zh.get(0).doc());
    assertTrue(highlighted(zh.get(0)).contains("禁渔"), highlighted(zh.get(0)));
  }

  @Test
  void mixedQueryMatchesLatinNamesAndChineseWords() {
    SearchResults results = index.search(SearchRequest.of("Anthropic 估值").limit(5));
    assertEquals(Language.MIXED, results.language());
    Hit top = results.hits().get(0);
    assertEquals("anthropic-pause", top.doc());
    assertEquals(Side.ZH, top.side());
    assertEquals("Anthropic|估值", highlighted(top));
    // The English side is reached too: a point with the name and the valuation (估值) comes first.
    Hit point = search(SearchRequest.of("Anthropic 估值").side(Side.EN).limit(1)).get(0);
    assertEquals("anthropic-pause", point.doc());
    assertEquals("Anthropic’s|valuation", highlighted(point));
  }

  @Test
  void simplifiedAndTraditionalFindEachOther() {
    Hit hit = search(SearchRequest.of("台积电 亚利桑那").side(Side.ZH).limit(1)).get(0);
    assertEquals("tsmc-arizona-fabs", hit.doc());
    assertTrue(highlighted(hit).contains("台積電") && highlighted(hit).contains("亞利桑那"), highlighted(hit));
    Hit back = search(SearchRequest.of("長江 禁漁").side(Side.ZH).limit(1)).get(0);
    assertEquals("yangtze-fishing-ban", back.doc());
  }

  @Test
  void numbersMatchWithTheirUnits() {
    // 3800 is written 3800亿美元 in the article and "$380 billion" in the digest.
    Hit hit = search(SearchRequest.of("3800").side(Side.ZH).limit(1)).get(0);
    assertEquals("anthropic-pause", hit.doc());
    assertEquals("3800亿美元", highlighted(hit));
  }

  @Test
  void hitsCarryTheirAlignedCounterparts() {
    for (Hit hit : search(SearchRequest.of("Anthropic").limit(20))) {
      StoredDocument doc = index.document(hit.doc()).orElseThrow();
      for (Hit.Counterpart c : hit.aligned()) {
        assertEquals(hit.side().other(), c.side());
        if (hit.side() == Side.EN) {
          assertTrue(doc.links().get(hit.index()).contains(c.index()));
          assertEquals(doc.paragraphs().get(c.index()), c.text());
        } else {
          assertTrue(doc.links().get(c.index()).contains(hit.index()));
          assertEquals(doc.points().get(c.index()), c.text());
        }
      }
    }
    Hit point = search(SearchRequest.of("finless porpoise").side(Side.EN).limit(1)).get(0);
    assertFalse(point.aligned().isEmpty(), "a supported point shows its source paragraphs");
  }

  @Test
  void filtersByDocumentOutletAndTag() {
    List<Hit> all = search(SearchRequest.of("增长 growth").limit(50));
    assertTrue(all.stream().map(Hit::doc).distinct().count() > 2);
    assertTrue(search(SearchRequest.of("增长 growth").doc("china-retail-sales-2025").limit(50)).stream()
        .allMatch(h -> h.doc().equals("china-retail-sales-2025")));
    List<Hit> byOutlet = search(SearchRequest.of("台积电").outlet("central news agency (cna)").limit(50));
    assertFalse(byOutlet.isEmpty());
    assertTrue(byOutlet.stream().allMatch(h -> h.doc().equals("tsmc-arizona-fabs")));
    assertEquals(byOutlet.size(), search(SearchRequest.of("台积电").outlet("中央社").limit(50)).size());
    List<Hit> tagged = search(SearchRequest.of("growth").tag("AI-Safety").limit(50));
    assertTrue(tagged.stream().allMatch(h -> h.doc().equals("anthropic-pause")));
    assertTrue(search(SearchRequest.of("growth").tag("no-such-tag")).isEmpty());
  }

  @Test
  void pagesDoNotOverlapAndCoverTheFirstResults() {
    SearchRequest first = SearchRequest.of("AI 人工智能").limit(5);
    SearchResults one = index.search(first);
    SearchResults two = index.search(first.nextPage());
    assertTrue(one.hasMore());
    assertEquals(5, two.hits().size());
    List<Hit> ten = search(SearchRequest.of("AI 人工智能").limit(10));
    List<String> expected = ten.stream().map(h -> h.doc() + h.side() + h.index()).toList();
    List<String> paged = new java.util.ArrayList<>();
    one.hits().forEach(h -> paged.add(h.doc() + h.side() + h.index()));
    two.hits().forEach(h -> paged.add(h.doc() + h.side() + h.index()));
    assertEquals(expected, paged);
    assertEquals(one.totalHits(), two.totalHits());
  }

  @Test
  void forcedLanguageChangesWhatIsTranslated() {
    // "care" as English reaches 照顾/护理 paragraphs; forced to Chinese it is only a Latin token.
    assertFalse(search(SearchRequest.of("care").side(Side.ZH)).isEmpty());
    assertTrue(search(SearchRequest.of("care").language(Language.ZH).side(Side.ZH)).isEmpty());
  }

  @Test
  void hostileQueriesAreJustText() {
    assertEquals(0, index.search(SearchRequest.of("")).totalHits());
    assertEquals(0, index.search(SearchRequest.of("   \n\t ")).totalHits());
    assertEquals(0, index.search(SearchRequest.of("。，！？")).totalHits());
    for (String q : List.of("title:(a AND b~2)*? \"unclosed", "\\ + - && || ! ( ) { } [ ] ^ ~ * ? : /",
        "<script>alert(1)</script>", "*:*", "zh:长江")) {
      index.search(SearchRequest.of(q)); // must not throw
    }
    assertTrue(index.search(SearchRequest.of("*:*")).hits().isEmpty(), "no query syntax: *:* matches nothing");
    assertFalse(index.search(SearchRequest.of("zh:长江")).hits().isEmpty(), "field syntax is just text");
    Hit html = search(SearchRequest.of("<b>Anthropic</b>").limit(1)).get(0);
    assertEquals("anthropic-pause", html.doc());
    // 10,000 characters: a pasted page; only its first words count, and it returns.
    String longQuery = "长江禁渔 fishing ban ".repeat(600).substring(0, 10_000);
    assertEquals("yangtze-fishing-ban", search(SearchRequest.of(longQuery).limit(1)).get(0).doc());
    // The worst case for the clause limit: many distinct words, each with many translations.
    StringBuilder manyWords = new StringBuilder();
    for (String doc : List.of("anthropic-pause", "taiwan-long-term-care", "marathon-boom-china")) {
      StoredDocument d = index.document(doc).orElseThrow();
      d.points().forEach(p -> manyWords.append(p).append(' '));
      d.paragraphs().forEach(p -> manyWords.append(p).append(' '));
    }
    assertFalse(index.search(SearchRequest.of(manyWords.toString())).hits().isEmpty());
    // Words the dictionary lacks but whose pieces it has are glossed piece by piece: many of them.
    StringBuilder compounds = new StringBuilder();
    String[] pieces = {"人工", "智能", "电池", "固态", "退休", "年龄", "马拉松", "台风", "禁渔", "长江"};
    for (int i = 0; i < 200; i++) {
      compounds.append(pieces[i % 10]).append(pieces[(i * 7 + 3) % 10]).append(pieces[(i * 3 + 1) % 10]).append(' ');
    }
    index.search(SearchRequest.of(compounds + " many English words about batteries and rivers"));
  }

  @Test
  void languageIsDetectedFromTheScript() {
    assertEquals(Language.ZH, Language.detect("长江十年禁渔"));
    assertEquals(Language.ZH, Language.detect("臺灣 長照 2026年"));
    assertEquals(Language.EN, Language.detect("long-term care in Taiwan"));
    assertEquals(Language.MIXED, Language.detect("Anthropic 估值"));
    assertEquals(Language.MIXED, Language.detect("2035"));
  }

  @Test
  void requestsCheckTheirArguments() {
    Set<String> problems = new HashSet<>();
    for (Runnable r : List.<Runnable>of(() -> SearchRequest.of("x").limit(0), () -> SearchRequest.of("x").limit(1001),
        () -> SearchRequest.of("x").offset(-1))) {
      try {
        r.run();
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    assertEquals(3, problems.size());
  }
}
