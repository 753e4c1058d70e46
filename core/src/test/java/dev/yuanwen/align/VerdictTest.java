package dev.yuanwen.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.document.Point;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict on a pair, and summary-style points that link on evidence only (issue 14, part 2). */
class VerdictTest {
  private static final Path CORPUS = Path.of("..", "corpus");

  /** An article on another subject than {@link Samples#DIGEST}: a typhoon and a port, written for this test. */
  private static final String OTHER = String.join("\n\n",
      "受今年第15号台风影响，广东沿海多地昨日出现大风和强降雨，珠海、江门等地中小学停课一天，部分航班和渡轮暂停。",
      "气象部门提醒，台风登陆后强度逐渐减弱，但其外围云系仍将带来持续降雨，山区要防范山洪和地质灾害。",
      "当地渔民已提前将渔船回港避风，沿海养殖户加固了鱼排和网箱。一位老渔民说，这样的风浪他已经多年没有见过。",
      "据统计，这次台风造成的直接经济损失还在核算之中，电力部门已连夜抢修受损线路，大部分地区已恢复供电。");

  private static Alignment align(String article, String digest) {
    return Aligner.shared().align(Article.parse(article, "article.zh.txt"), Digest.parse(digest, "digest.en.txt"));
  }

  @Test
  void aDigestOnItsOwnArticleIsMatched() {
    Alignment a = Aligner.shared().align(Samples.article(), Samples.digest());
    assertEquals(Verdict.MATCHED, a.verdict());
    assertEquals(1.0, a.support(), 1e-9, "every item and bullet rests on evidence");
  }

  @Test
  void aDigestOnAnUnrelatedArticleIsUnrelatedAndLinksNothing() {
    Alignment a = align(OTHER, Samples.DIGEST);
    assertEquals(Verdict.UNRELATED, a.verdict());
    assertEquals(0.0, a.support(), 1e-9);
    for (PointAlignment p : a.points()) {
      assertEquals(List.of(), p.links(), p.point().kind() + " " + p.point().raw());
      assertTrue(p.flags().contains(Flag.NO_SOURCE), p.point().raw());
    }
  }

  @Test
  void aOneLineDigestWithoutEvidenceLinksNothing() {
    Alignment a = align(Samples.ARTICLE, "Only one line of English without structure.");
    assertEquals(Verdict.UNRELATED, a.verdict());
    assertTrue(a.links().isEmpty(), a.links().toString());
  }

  @Test
  void aHeadingWhosePointsHaveNoSourceHasNoLinkOfItsOwn() {
    // The heading's words (property, sales) are in paragraph 5, but its two points say what the
    // article never says: the heading links through them, so not at all.
    String digest = String.join("\n\n",
        "Premier Li Qiang chaired a State Council executive meeting on domestic demand.",
        "I. Money for Growth",
        "1. Special Bonds: The meeting arranged 1 trillion yuan of ultra-long special treasury bonds for technological innovation.",
        "II. Property Sales",
        "1. Tennis: A famous violinist opened a bakery on the moon for penguins.",
        "2. Weather: Giraffes and dolphins sang lullabies at the volcano festival.");
    Alignment a = align(Samples.ARTICLE, digest);
    assertEquals(Point.Kind.HEADING, a.point(3).point().kind());
    assertEquals(List.of(), a.point(4).links());
    assertEquals(List.of(), a.point(5).links());
    assertEquals(List.of(), a.point(3).links(), "the heading links only through its points");
    assertEquals(List.of(1), a.point(2).paragraphs());
    assertEquals(a.point(2).paragraphs(), a.point(1).paragraphs(), "a heading carries its points' links");
  }

  @Test
  void onTheCorpusEveryOwnPairIsMatchedAndEveryOtherPairUnrelated() {
    List<GoldDocument> docs = GoldFiles.read(List.of(CORPUS));
    int points = 0;
    int linked = 0;
    for (GoldDocument d : docs) {
      Digest digest = d.digest();
      assertEquals(Verdict.MATCHED, Aligner.shared().align(d.article(), digest).verdict(), d.id());
      for (GoldDocument other : docs) {
        if (other != d) {
          Alignment a = Aligner.shared().align(other.article(), digest);
          assertTrue(a.verdict() != Verdict.MATCHED, d.id() + " on " + other.id());
          points += a.points().size();
          linked += (int) a.points().stream().filter(PointAlignment::hasSource).count();
        }
      }
    }
    assertTrue(linked <= 0.01 * points, linked + " of " + points + " points linked on unrelated pairs");
  }
}
