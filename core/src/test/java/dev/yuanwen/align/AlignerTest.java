package dev.yuanwen.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AlignerTest {
  private static final Alignment SAMPLE = Samples.align(Samples.digest());

  private static PointAlignment point(int index) {
    return SAMPLE.point(index);
  }

  private static boolean hasEvidence(Link link, Evidence.Kind kind, String chinese, String english) {
    return link.evidence().stream()
        .anyMatch(e -> e.kind() == kind && e.chinese().equals(chinese) && e.english().equals(english));
  }

  private static Link linkTo(PointAlignment p, int paragraph) {
    return p.links().stream().filter(l -> l.paragraph() == paragraph).findFirst()
        .orElseThrow(() -> new AssertionError("point " + p.index() + " not linked to " + paragraph + ": " + p.links()));
  }

  @Test
  void itemsLinkToTheParagraphsThatSayThem() {
    assertEquals(List.of(1), point(Samples.BONDS).paragraphs());
    assertEquals(List.of(2), point(Samples.EXPORTS).paragraphs());
    assertEquals(List.of(5), point(Samples.PROPERTY).paragraphs());
    assertEquals(List.of(4), point(Samples.EXPERT).paragraphs());
    for (int i : new int[] {Samples.BONDS, Samples.EXPORTS, Samples.PROPERTY, Samples.EXPERT}) {
      assertEquals(point(i).paragraphs().get(0), point(i).best(), "the link is the top-ranked paragraph");
      assertTrue(point(i).flags().isEmpty(), point(i).point().raw() + " " + point(i).flags());
    }
  }

  @Test
  void figuresMatchAcrossNotations() {
    Link bonds = linkTo(point(Samples.BONDS), 1);
    assertTrue(hasEvidence(bonds, Evidence.Kind.NUMBER, "1万亿", "1 trillion"), bonds.evidence().toString());
    assertTrue(hasEvidence(bonds, Evidence.Kind.NUMBER, "3000亿", "300 billion"), bonds.evidence().toString());
    Link exports = linkTo(point(Samples.EXPORTS), 2);
    assertTrue(hasEvidence(exports, Evidence.Kind.NUMBER, "9650亿", "$965 billion"), exports.evidence().toString());
    assertTrue(hasEvidence(exports, Evidence.Kind.NUMBER, "百分之四十七", "47%"), exports.evidence().toString());
  }

  @Test
  void dictionaryPairsTieTheWords() {
    Link property = linkTo(point(Samples.PROPERTY), 5);
    assertTrue(property.evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.DICTIONARY), property.evidence().toString());
    Link exports = linkTo(point(Samples.EXPORTS), 2);
    assertTrue(hasEvidence(exports, Evidence.Kind.DICTIONARY, "出口", "Exports")
        || hasEvidence(exports, Evidence.Kind.DICTIONARY, "出口", "exports"), exports.evidence().toString());
    double total = exports.evidence().stream().mapToDouble(Evidence::weight).sum();
    assertEquals(1.0, total, 0.01, "evidence weights are shares of the link's score");
    for (int i = 1; i < exports.evidence().size(); i++) {
      assertTrue(exports.evidence().get(i - 1).weight() >= exports.evidence().get(i).weight(), "strongest first");
    }
  }

  @Test
  void pinyinNamesFindChinesePersonNames() {
    Link expert = linkTo(point(Samples.EXPERT), 4);
    assertTrue(hasEvidence(expert, Evidence.Kind.NAME, "张明远", "Zhang Mingyuan"), expert.evidence().toString());
    Link lead = linkTo(point(Samples.LEAD), 0);
    assertTrue(hasEvidence(lead, Evidence.Kind.NAME, "李强", "Li Qiang"), lead.evidence().toString());
  }

  @Test
  void transliteratedNamesMatchByTheirSound() {
    Article article = Article.parse(String.join("\n\n",
        "美联储主席鲍威尔周三表示，通胀仍然过高，美联储将维持利率不变。",
        "特斯拉首席执行官马斯克当天宣布，公司将在上海扩建工厂，年产能提高到一百万辆。",
        "分析人士认为，市场对降息的预期有所降温。"), "article.zh.txt");
    Digest digest = Digest.of("digest.en.txt", List.of(
        "1. Rates on Hold: Fed chair Powell said inflation is still too high and rates stay where they are.",
        "2. Expansion: Tesla's Musk announced a bigger Shanghai plant able to build a million cars a year."));
    Alignment a = Aligner.shared().align(article, digest);
    assertEquals(List.of(0), a.point(0).paragraphs());
    assertEquals(List.of(1), a.point(1).paragraphs());
    assertTrue(hasEvidence(a.point(0).links().get(0), Evidence.Kind.TRANSLITERATION, "鲍威尔", "Powell"),
        a.point(0).links().get(0).evidence().toString());
    assertTrue(hasEvidence(a.point(1).links().get(0), Evidence.Kind.TRANSLITERATION, "特斯拉", "Tesla"),
        a.point(1).links().get(0).evidence().toString());
  }

  @Test
  void aPointMatchedOnlyByAFigureStillFindsItsParagraph() {
    Alignment a = Aligner.shared().align(Samples.article(), Digest.of("d", List.of("1. Figure: $965 billion.", "2. Figure: 8.6%.")));
    assertEquals(2, a.point(0).best(), a.point(0).ranking().toString());
    assertEquals(5, a.point(1).best(), a.point(1).ranking().toString());
    assertTrue(a.point(1).links().stream().allMatch(l -> l.score() > 0));
  }

  @Test
  void oddInputsGiveConsistentAlignments() {
    List<Article> articles = List.of(
        Article.parse("北京今天晴。", "one.txt"),
        Samples.article(),
        Article.parse("OpenAI发布GPT-5。\n\nAI AI AI 2026 2026。\n\n一二三四五六七八九十。", "latin.txt"),
        Article.parse(HanLP.convertToTraditionalChinese(Samples.ARTICLE), "trad.txt"));
    List<Digest> digests = List.of(
        Samples.digest(),
        Digest.of("d1", List.of("It is what it is.")),
        Digest.of("d2", List.of("I. Only a Heading", "II. Another Heading")),
        Digest.of("d3", List.of("1. Figure: 2026.", "2. Names: Li Qiang and Powell.", "3. GPT-5 and OpenAI.")),
        Digest.of("d4", List.of("One.", "Two.", "Three.", "Four.", "Five.", "Six.", "Seven.", "Eight.", "Nine.")),
        Digest.of("d5", List.of("word ".repeat(5000) + "end.")));
    for (Article article : articles) {
      for (Digest digest : digests) {
        Alignment a = Aligner.shared().align(article, digest);
        int n = article.paragraphs().size();
        assertEquals(digest.points().size(), a.points().size());
        for (PointAlignment p : a.points()) {
          assertEquals(p.links().isEmpty(), p.flags().contains(Flag.NO_SOURCE), p.toString());
          for (Link l : p.links()) {
            assertTrue(l.paragraph() >= 0 && l.paragraph() < n, l.toString());
            int sentences = article.paragraphs().get(l.paragraph()).sentences().size();
            assertTrue(l.sentences().stream().allMatch(k -> k >= 0 && k < sentences), l.toString());
          }
          for (int i = 1; i < p.ranking().size(); i++) {
            assertTrue(p.ranking().get(i - 1).score() >= p.ranking().get(i).score());
          }
        }
      }
    }
  }

  @Test
  void latinTokensMatchAsWritten() {
    Digest d = Samples.digest("In Conclusion: The meeting signals",
        "  • Models: Over 200 large models have been released in China, some close to GPT-4o.\n\nIn Conclusion: The meeting signals");
    PointAlignment models = Samples.align(d).points().stream()
        .filter(p -> p.point().label().equals("Models")).findFirst().orElseThrow();
    assertEquals(List.of(3), models.paragraphs());
    assertTrue(hasEvidence(models.links().get(0), Evidence.Kind.LATIN, "GPT-4o", "GPT-4o"), models.links().get(0).evidence().toString());
  }

  @Test
  void theCarryingSentenceIsChosen() {
    Link bonds = linkTo(point(Samples.BONDS), 1);
    assertEquals(0, bonds.sentences().get(0), "the first sentence holds the bonds");
    Link exports = linkTo(point(Samples.EXPORTS), 2);
    assertTrue(exports.sentences().containsAll(List.of(0, 1)), "both sentences carry the point: " + exports.sentences());
  }

  @Test
  void headingsLinkWhatTheirSectionsCover() {
    assertEquals(List.of(1, 2), point(Samples.HEADING_MONEY).paragraphs());
    assertEquals(List.of(4, 5), point(Samples.HEADING_RISKS).paragraphs());
    assertTrue(List.of(1, 2).contains(point(Samples.HEADING_MONEY).best()), "a heading ranks its section's paragraphs first");
  }

  @Test
  void theLeadLinksTheParagraphsItRestates() {
    assertTrue(point(Samples.LEAD).paragraphs().containsAll(List.of(0, 1)), point(Samples.LEAD).paragraphs().toString());
  }

  @Test
  void paragraphsLeftOutAreReported() {
    assertTrue(SAMPLE.uncoveredParagraphs().containsAll(List.of(6, 7)), SAMPLE.uncoveredParagraphs().toString());
    for (int z : SAMPLE.uncoveredParagraphs()) {
      assertTrue(SAMPLE.pointsLinkedTo(z).isEmpty());
    }
    assertEquals(List.of(Samples.EXPORTS, Samples.HEADING_MONEY).stream().sorted().toList(), SAMPLE.pointsLinkedTo(2).stream().filter(i -> i != Samples.LEAD).toList());
  }

  @Test
  void aWrongFigureIsFlagged() {
    Alignment a = Samples.align(Samples.digest("accounted for 47% of them", "accounted for 57% of them"));
    PointAlignment exports = a.point(Samples.EXPORTS);
    assertEquals(List.of(2), exports.paragraphs(), "the point keeps its source");
    assertEquals(Set.of(Flag.NUMBER_NOT_IN_SOURCE), exports.flags());
    assertEquals(List.of("57%"), exports.unmatchedFigures());
  }

  @Test
  void aWrongAmountIsFlaggedAcrossUnits() {
    Alignment a = Samples.align(Samples.digest("with 300 billion yuan going", "with 350 billion yuan going"));
    PointAlignment bonds = a.point(Samples.BONDS);
    assertEquals(List.of(1), bonds.paragraphs());
    assertTrue(bonds.flags().contains(Flag.NUMBER_NOT_IN_SOURCE));
    assertEquals(1, bonds.unmatchedFigures().size(), bonds.unmatchedFigures().toString());
    assertTrue(bonds.unmatchedFigures().get(0).startsWith("350"), bonds.unmatchedFigures().toString());
  }

  @Test
  void aMissingNameIsFlagged() {
    Alignment a = Samples.align(Samples.digest("Zhang Mingyuan, an economics", "Wang Jianguo, an economics"));
    PointAlignment expert = a.point(Samples.EXPERT);
    assertEquals(List.of(4), expert.paragraphs());
    assertEquals(Set.of(Flag.NAME_NOT_IN_SOURCE), expert.flags());
    assertEquals(List.of("Wang Jianguo"), expert.unmatchedNames());
  }

  @Test
  void anUnsupportedPointHasNoSource() {
    Digest d = Samples.digest("In Conclusion: The meeting signals",
        "  • Car Quotas: Shanghai will scrap licence plate auctions for electric cars and add ten thousand charging stations along motorways.\n\nIn Conclusion: The meeting signals");
    Alignment a = Samples.align(d);
    PointAlignment invented = a.points().stream().filter(p -> p.point().label().equals("Car Quotas")).findFirst().orElseThrow();
    assertFalse(invented.hasSource(), invented.links().toString());
    assertEquals(Set.of(Flag.NO_SOURCE), invented.flags());
    assertTrue(a.unsupportedPoints().contains(invented));
    assertFalse(a.point(Samples.PROPERTY).flags().contains(Flag.NO_SOURCE), "its neighbours keep their sources");
  }

  @Test
  void scoresAndConfidencesAreProbabilitiesAndRankingIsSorted() {
    for (PointAlignment p : SAMPLE.points()) {
      for (int i = 1; i < p.ranking().size(); i++) {
        assertTrue(p.ranking().get(i - 1).score() >= p.ranking().get(i).score());
      }
      for (Link l : p.links()) {
        assertTrue(l.score() > 0 && l.score() <= 1, l.toString());
        assertTrue(l.confidence() >= 0 && l.confidence() <= 1, l.toString());
        assertFalse(l.evidence().isEmpty(), "a link always has evidence");
        assertFalse(l.sentences().isEmpty());
      }
    }
    Link strong = linkTo(point(Samples.EXPORTS), 2);
    Link weak = SAMPLE.point(Samples.LEAD).links().stream().min((x, y) -> Double.compare(x.score(), y.score())).orElseThrow();
    assertTrue(strong.confidence() > weak.confidence() || strong.score() <= weak.score());
  }

  @Test
  void aTraditionalArticleAlignsLikeItsSimplifiedTwin() {
    Article traditional = Article.parse(HanLP.convertToTraditionalChinese(Samples.ARTICLE), "trad.txt");
    assertEquals(Article.Variant.TRADITIONAL, traditional.variant());
    Alignment a = Aligner.shared().align(traditional, Samples.digest());
    for (int i = 0; i < SAMPLE.points().size(); i++) {
      assertEquals(SAMPLE.point(i).paragraphs(), a.point(i).paragraphs(), "point " + i);
    }
    Link exports = a.point(Samples.EXPORTS).links().get(0);
    assertTrue(exports.evidence().stream().anyMatch(e -> e.chinese().equals("出口")), "evidence quotes the article as written: " + exports.evidence());
  }

  @Test
  void aTranslationIsAlignedOneToOneInOrder() {
    List<String> zh = Samples.article().paragraphs().subList(0, 6).stream().map(p -> p.text()).toList();
    List<String> en = List.of(
        "Premier Li Qiang chaired a State Council executive meeting on the 3rd to deploy policies that expand domestic demand. GDP grew 5.2% in the first three quarters.",
        "The meeting decided to arrange 1 trillion yuan of ultra-long special treasury bonds for innovation and infrastructure, 300 billion yuan of it for consumer trade-ins.",
        "Customs figures show exports of $965 billion in the first ten months; private enterprises made up 47% of exports.",
        "The meeting also backed research on domestic large models; over 200 have been released, some close to GPT-4o.",
        "Zhang Mingyuan, an economics professor at Peking University, said the policies exceeded market expectations.",
        "Meanwhile, the property market is still adjusting: the sales area of new housing fell 8.6% in the first ten months.");
    Alignment a = Aligner.shared().align(Article.of("zh", zh), Digest.of("en", en));
    for (int i = 0; i < en.size(); i++) {
      assertEquals(List.of(i), a.point(i).paragraphs(), "paragraph " + i);
    }
  }

  @Test
  void aFlatSummaryInAnotherOrderIsNotReadAsATranslation() {
    List<String> zh = Samples.article().paragraphs().subList(0, 6).stream().map(p -> p.text()).toList();
    List<String> en = List.of(
        "The property market is still adjusting: the sales area of new housing fell 8.6% in the first ten months.",
        "Zhang Mingyuan, an economics professor at Peking University, said the policies exceeded market expectations.",
        "The meeting backed research on domestic large models; over 200 have been released, some close to GPT-4o.",
        "Customs figures show exports of $965 billion in the first ten months; private enterprises made up 47% of exports.",
        "The meeting arranged 1 trillion yuan of ultra-long special treasury bonds, 300 billion yuan of it for trade-ins.",
        "Premier Li Qiang chaired a State Council executive meeting on domestic demand; GDP grew 5.2%.");
    Alignment a = Aligner.shared().align(Article.of("zh", zh), Digest.of("en", en));
    for (int i = 0; i < en.size(); i++) {
      assertEquals(List.of(5 - i), a.point(i).paragraphs(), "point " + i);
    }
  }

  @Test
  void anExtraSignalChangesTheRanking() {
    int n = Samples.article().paragraphs().size();
    // A signal that is sure every point is about the weather paragraph.
    SimilaritySignal weather = (article, digest) -> {
      double[][] sim = new double[digest.points().size()][n];
      for (double[] row : sim) {
        row[6] = 1;
      }
      return sim;
    };
    Alignment plain = Samples.align(Samples.digest());
    Alignment mixed = Aligner.builder().signal(weather, 4).build().align(Samples.article(), Samples.digest());
    assertNotEquals(6, plain.point(Samples.EXPORTS).best());
    assertEquals(6, mixed.point(Samples.EXPORTS).best());
    assertThrows(IllegalArgumentException.class, () -> Aligner.builder().signal(weather, 0));
    assertThrows(IllegalArgumentException.class, () -> Aligner.builder().signal(weather, Double.NaN));
    SimilaritySignal wrongShape = (article, digest) -> new double[1][1];
    Aligner broken = Aligner.builder().signal(wrongShape, 1).build();
    assertThrows(IllegalStateException.class, () -> broken.align(Samples.article(), Samples.digest()));
    // The shared per-thread state is released after a failure: the next alignment is unaffected.
    assertEquals(plain.point(Samples.EXPORTS).paragraphs(), Samples.align(Samples.digest()).point(Samples.EXPORTS).paragraphs());
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThrows(NullPointerException.class, () -> Aligner.shared().align((dev.yuanwen.document.Article) null, Samples.digest()));
    assertThrows(NullPointerException.class, () -> Aligner.shared().align((dev.yuanwen.analysis.SegmentedArticle) null, Samples.digest()));
    assertThrows(NullPointerException.class, () -> Aligner.shared().align(Samples.article(), null));
  }

  @Test
  void fourThreadsGetTheSameAlignment() throws Exception {
    List<String> expected = fingerprint(SAMPLE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        Digest d = t % 2 == 0 ? Samples.digest() : Samples.digest("47%", "57%");
        boolean altered = t % 2 == 1;
        runs.add(pool.submit(() -> {
          Alignment a = Samples.align(Samples.digest());
          Samples.align(d); // interleave a different digest on the same thread
          return altered ? fingerprint(a) : fingerprint(Samples.align(Samples.digest()));
        }));
      }
      for (Future<List<String>> f : runs) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> fingerprint(Alignment a) {
    List<String> out = new ArrayList<>();
    for (PointAlignment p : a.points()) {
      out.add(p.index() + " " + p.links() + " " + p.flags() + " " + p.ranking());
    }
    return out;
  }

  @Test
  void everyPointKindIsAligned() {
    assertEquals(Point.Kind.LEAD, point(Samples.LEAD).point().kind());
    assertEquals(SAMPLE.digest().points().size(), SAMPLE.points().size());
    for (int i = 0; i < SAMPLE.points().size(); i++) {
      assertEquals(i, SAMPLE.point(i).index());
    }
  }
}
