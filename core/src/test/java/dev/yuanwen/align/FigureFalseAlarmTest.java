package dev.yuanwen.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures a point writes otherwise than its source: in other units, on the 24-hour clock, as the
 * year 今年 stands for, as a sum or share of the source's figures. None is a false alarm; the same
 * points with a figure changed are still flagged.
 */
class FigureFalseAlarmTest {
  static final String ARTICLE = String.join("\n\n",
      "2025年9月3日17时前后，今年第5号台风“海燕”在福建沿海登陆，登陆时中心最低气压960百帕，沿海多地出现大风。",
      "据统计，今年全省两家龙头企业收购春茶的数量都创了新高：甲公司收购120万千克，乙公司收购80万千克。",
      "当地茶园面积已经达到3万亩。去年春茶的收购均价为每斤800元，茶农收入明显增加。",
      "研究人员在茶农中开展宫颈癌筛查，发现HPV16型感染较为常见，每百名受检者中约有三人呈阳性。");

  private static Digest digest(String typhoon, String tea, String gardens, String screening) {
    return Digest.parse(String.join("\n\n",
        "福建日报",
        "\"A Typhoon and a Record Tea Harvest in Fujian\"",
        "原文:福建台风与春茶收购",
        "Summary of Key Points",
        "1. Typhoon: Typhoon Haiyan made landfall on the Fujian coast at about " + typhoon + ".",
        "2. Tea Purchases: The two leading firms bought " + tea + " of spring tea, both records.",
        "3. Tea Gardens: The area of tea gardens has reached " + gardens + " yuan per jin, and the income of tea farmers rose markedly.",
        "4. Screening: Cervical cancer screening of tea farmers found " + screening + " infections common."),
        "digest.en.txt");
  }

  private static final Digest HONEST = digest("5 p.m. on September 3, with a minimum pressure of 960 hectopascals",
      "2 million kilograms", "2,000 hectares; in 2024 the average purchase price of spring tea was 800", "HPV type 16");

  private static Alignment align(Digest d) {
    return Aligner.shared().align(Article.parse(ARTICLE, "article.zh.txt"), d);
  }

  @Test
  void figuresWrittenOtherwiseThanTheSourceAreNoFalseAlarm() {
    Alignment a = align(HONEST);
    for (int i = 0; i < 4; i++) {
      PointAlignment p = a.point(i);
      assertEquals(List.of(i), p.paragraphs(), "point " + i + " " + p.links());
      assertFalse(p.flags().contains(Flag.NUMBER_NOT_IN_SOURCE), "point " + i + ": " + p.unmatchedFigures());
    }
  }

  @Test
  void theSamePointsWithAFigureChangedAreStillFlagged() {
    Alignment a = align(digest("6 p.m. on September 3, with a minimum pressure of 990 hectopascals",
        "2.5 million kilograms", "3,000 hectares; in 2023 the average purchase price of spring tea was 800", "HPV type 18"));
    assertEquals(List.of("6", "990"), a.point(0).unmatchedFigures());
    assertEquals(List.of("2.5 million"), a.point(1).unmatchedFigures());
    assertEquals(List.of("3,000", "2023"), a.point(2).unmatchedFigures());
    assertEquals(List.of("18"), a.point(3).unmatchedFigures());
  }

  @Test
  void unitsConvert() {
    String kg = "bought 5 kg of tea";
    Figure five = Figures.inEnglish(kg).get(0);
    String grams = "收购5000克茶叶";
    assertTrue(Units.sameQuantity(five, kg, Figures.inChinese(grams).get(0), grams));
    String jin = "收购10斤茶叶";
    assertTrue(Units.sameQuantity(five, kg, Figures.inChinese(jin).get(0), jin));
    String six = "收购6000克茶叶";
    assertFalse(Units.sameQuantity(five, kg, Figures.inChinese(six).get(0), six));
    String room = "a room of under 8 square metres";
    String feet = "约86平方呎的房间";
    assertTrue(Units.sameQuantity(Figures.inEnglish(room).get(0), room, Figures.inChinese(feet).get(0), feet));
    String km = "a 3 km bridge";
    String metres = "全长3000米的大桥";
    assertTrue(Units.sameQuantity(Figures.inEnglish(km).get(0), km, Figures.inChinese(metres).get(0), metres));
    assertEquals(17, Units.afternoonHour(Figures.inEnglish("at 5 p.m. sharp").get(0), "at 5 p.m. sharp"));
    assertEquals(-1, Units.afternoonHour(Figures.inEnglish("at 5 a.m. sharp").get(0), "at 5 a.m. sharp"));
  }

  @Test
  void impliedFiguresNeedTheArticlesYear() {
    String[] paragraphs = {"2025年春茶收购价格上涨。", "去年的价格较低，明年有望持平。", "每百名受检者中约有三人感染HPV16型病毒，百公里能耗下降。"};
    assertEquals(2025, ImpliedFigures.articleYear(paragraphs));
    List<List<Figure>> implied = ImpliedFigures.of(paragraphs);
    assertEquals(List.of(2024.0, 2026.0), implied.get(1).stream().map(Figure::value).toList());
    assertEquals(List.of(100.0, 16.0, 100.0), implied.get(2).stream().map(Figure::value).toList());
    assertNull(ImpliedFigures.articleYear(new String[] {"去年的价格较低。"}), "no year named: 去年 is no figure");
    assertTrue(ImpliedFigures.of(new String[] {"去年的价格较低，三百公里外。"}).get(0).isEmpty());
  }

  @Test
  void hectopascalsAndHundredMillionReadAsWritten() {
    assertEquals(960.0, Figures.inChinese("中心最低气压960百帕").get(0).value());
    assertEquals(1.2e8, Figures.inEnglish("about 1.2 hundred million people").get(0).value());
  }
}
