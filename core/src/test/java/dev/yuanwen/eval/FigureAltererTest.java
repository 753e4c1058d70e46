package dev.yuanwen.eval;

import dev.yuanwen.document.GoldFixtures;
import dev.yuanwen.document.GoldDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.eval.FigureAlterer.Figure;
import dev.yuanwen.document.GoldDocument.AlteredNumber;
import dev.yuanwen.document.GoldDocument.GoldLink;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureAltererTest {
  private static List<String> figureTexts(String text) {
    return FigureAlterer.figures(text).stream().map(f -> f.text(text)).toList();
  }

  @Test
  void figuresAreNumbersInDigitsNotCodesOrMarkers() {
    assertEquals(List.of("5.2%", "18"), figureTexts("China's GDP grew 5.2% year on year, data released on October 18 show."));
    assertEquals(List.of("6,000", "965", "2023", "25 percent", "3.5 %"),
        figureTexts("2. Jobs: 6,000 jobs and $965 billion in 2023, up 25 percent, or 3.5 % of the total."));
    assertEquals(List.of(), figureTexts("(3) GPT-4 and the A321 met the G7 after COVID-19 on its 65th day, 10x faster, via 5G."));
    assertEquals(List.of(), figureTexts("At 10:30 about 3/4 of them, version 1.2.3, had 0 or 0.0% left."));
    assertEquals(List.of("12"), figureTexts("1、 Twelve, or 12."));
    assertEquals(List.of("2024", "2025"), figureTexts("From 2024 to 2025."));
  }

  @Test
  void percentagesAreScaledByTenToFortyPercentAndRoundedLikeTheOriginal() {
    Figure pct = FigureAlterer.figures("up 25.8% on the year").get(0);
    for (int seed = 0; seed < 300; seed++) {
      String v = FigureAlterer.changed(pct, new Random(seed));
      assertTrue(v.matches("\\d+\\.\\d"), v);
      double ratio = Double.parseDouble(v) / 25.8;
      assertTrue(ratio >= 0.6 - 0.002 && ratio <= 1.4 + 0.002 && Math.abs(ratio - 1) >= 0.1 - 0.002, v);
    }
    Figure whole = FigureAlterer.figures("a 40 percent share").get(0);
    for (int seed = 0; seed < 100; seed++) {
      String v = FigureAlterer.changed(whole, new Random(seed));
      assertTrue(v.matches("\\d+") && Integer.parseInt(v) >= 24 && Integer.parseInt(v) <= 56 && !v.equals("40"), v);
    }
    // a share of at most 100% stays at most 100%
    Figure share = FigureAlterer.figures("99% of them").get(0);
    for (int seed = 0; seed < 100; seed++) {
      int v = Integer.parseInt(FigureAlterer.changed(share, new Random(seed)));
      assertTrue(v >= 59 && v <= 89, String.valueOf(v));
    }
    // 1% scaled and rounded is 1% again (or 0%): one digit changes instead
    Figure one = FigureAlterer.figures("just 1% of firms").get(0);
    for (int seed = 0; seed < 50; seed++) {
      assertTrue(FigureAlterer.changed(one, new Random(seed)).matches("[2-9]"));
    }
  }

  @Test
  void yearsMoveByOneToThreeAndOtherNumbersChangeOneNonZeroDigit() {
    Figure year = FigureAlterer.figures("in 2023").get(0);
    Set<String> years = new HashSet<>();
    Figure thousands = FigureAlterer.figures("6,000 jobs").get(0);
    Figure decimal = FigureAlterer.figures("$1.05 trillion").get(0);
    for (int seed = 0; seed < 200; seed++) {
      years.add(FigureAlterer.changed(year, new Random(seed)));
      String t = FigureAlterer.changed(thousands, new Random(seed));
      assertTrue(t.matches("[1-57-9],000"), t);
      String d = FigureAlterer.changed(decimal, new Random(seed));
      assertTrue(d.matches("[2-9]\\.05|1\\.0[1-46-9]"), d);
    }
    assertEquals(Set.of("2020", "2021", "2022", "2024", "2025", "2026"), years);
    assertNull(FigureAlterer.changed(new Figure(0, 1, "0", false), new Random(1)));
  }

  private static GoldDocument doc(String id, List<String> en, List<GoldLink> links, List<AlteredNumber> altered, boolean hasAltered) {
    return new GoldDocument(id, GoldDocument.Kind.DIGEST, "tests", "", "", GoldFixtures.DIGEST_ZH, en, links, List.of(4),
        altered, "", hasAltered);
  }

  private static GoldDocument gdp(String id) {
    return doc(id, GoldFixtures.DIGEST_EN,
        List.of(new GoldLink(0, 0), new GoldLink(1, 1), new GoldLink(1, 2), new GoldLink(2, 1), new GoldLink(3, 2)),
        List.of(), false);
  }

  @Test
  void exactlyOneFigureChangesInEachLinkedPointThatHasOne() {
    for (long seed = 1; seed <= 40; seed++) {
      GoldDocument before = gdp("gdp");
      GoldDocument after = FigureAlterer.alter(before, seed);
      assertTrue(after.hasAlteredNumbers());
      assertEquals(before.zh(), after.zh());
      assertEquals(before.links(), after.links());
      List<Integer> changedPoints = new ArrayList<>();
      for (int i = 0; i < before.en().size(); i++) {
        String a = before.en().get(i);
        String b = after.en().get(i);
        List<Figure> fa = FigureAlterer.figures(a);
        List<Figure> fb = FigureAlterer.figures(b);
        assertEquals(fa.size(), fb.size(), b);
        int differing = 0;
        for (int k = 0; k < fa.size(); k++) {
          String x = fa.get(k).number();
          String y = fb.get(k).number();
          if (!x.equals(y)) {
            differing++;
            assertNotEquals(0, new BigDecimal(x.replace(",", "")).compareTo(new BigDecimal(y.replace(",", ""))), a + " / " + b);
            // the rest of the text is untouched
            assertEquals(a.substring(0, fa.get(k).start()), b.substring(0, fb.get(k).start()));
            assertEquals(a.substring(fa.get(k).start() + x.length()), b.substring(fb.get(k).start() + y.length()));
          }
        }
        if (!a.equals(b)) {
          changedPoints.add(i);
        }
        assertEquals(a.equals(b) ? 0 : 1, differing, b);
      }
      // 0 and 2 have a link and figures; 1 and 3 have no figure; 4 has a figure-free text and no link
      assertEquals(List.of(0, 2), changedPoints, "seed " + seed);
      assertEquals(List.of(0, 2), after.alteredNumbers().stream().map(AlteredNumber::point).toList());
      for (AlteredNumber n : after.alteredNumbers()) {
        assertTrue(before.en().get(n.point()).contains(n.article()), n.toString());
        assertTrue(after.en().get(n.point()).contains(n.digest()), n.toString());
      }
    }
  }

  @Test
  void reproduciblePerSeedAndIndependentOfOtherDocuments() {
    assertEquals(FigureAlterer.alter(gdp("a"), 3), FigureAlterer.alter(gdp("a"), 3));
    assertEquals(
        Evaluation.alterFigures(List.of(gdp("a"), gdp("b")), 3).get(1), Evaluation.alterFigures(List.of(gdp("b")), 3).get(0));
    Set<List<String>> variants = new HashSet<>();
    for (long seed = 1; seed <= 10; seed++) {
      variants.add(FigureAlterer.alter(gdp("a"), seed).en());
    }
    assertTrue(variants.size() > 5, "seeds give different copies: " + variants.size());
  }

  @Test
  void newValueIsNeverOneTheSourceParagraphStates() {
    // the paragraph holds every one-digit number but 9: "5" can only become "9"
    List<String> zh = List.of("数字1、2、3、4、5、6、7、8依次出现。");
    GoldDocument g = new GoldDocument("digits", GoldDocument.Kind.PARALLEL, "tests", "", "", zh,
        List.of("The numbers appear in turn, 5 among them."), List.of(new GoldLink(0, 0)), List.of(), List.of(), "", false);
    for (long seed = 1; seed <= 20; seed++) {
      GoldDocument a = FigureAlterer.alter(g, seed);
      assertEquals(List.of(new AlteredNumber(0, "5", "9")), a.alteredNumbers(), a.en().get(0));
      assertEquals("The numbers appear in turn, 9 among them.", a.en().get(0));
    }
  }

  @Test
  void goldEntriesOfPointsTheToolCannotAlterAreKept() {
    List<String> en = new ArrayList<>(GoldFixtures.DIGEST_EN);
    en.set(3, "2. Consumption: Analysts say consumption adds about a third of growth, while property investment falls.");
    AlteredNumber words = new AlteredNumber(3, "贡献率持续提升", "about a third");
    AlteredNumber replaced = new AlteredNumber(2, "650万辆", "6.5 million");
    GoldDocument g = doc("gdp", en,
        List.of(new GoldLink(0, 0), new GoldLink(2, 1), new GoldLink(3, 2)), List.of(replaced, words), true);
    GoldDocument a = FigureAlterer.alter(g, 1);
    assertEquals(List.of(0, 2, 3), a.alteredNumbers().stream().map(AlteredNumber::point).toList());
    assertEquals(words, a.alteredNumbers().get(2));
    assertNotEquals(replaced, a.alteredNumbers().get(1));
    assertEquals(en.get(3), a.en().get(3));
  }
}
