package dev.yuanwen.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiguresTest {

  // ---- helpers ----

  private static Arguments of(String text, double... values) {
    return Arguments.of(text, values);
  }

  /** The values found, checked against the expected ones, and every surface against its offsets. */
  private static void assertValues(String text, List<Figure> found, double... expected) {
    for (Figure f : found) {
      assertEquals(f.surface(), text.substring(f.start(), f.end()), () -> "offsets of " + f);
    }
    double[] actual = found.stream().mapToDouble(Figure::value).toArray();
    String message = text + " → " + found;
    assertEquals(expected.length, actual.length, message);
    for (int k = 0; k < expected.length; k++) {
      assertEquals(expected[k], actual[k], Math.abs(expected[k]) * 1e-9, message);
    }
  }

  private static Figure onlyChinese(String text) {
    List<Figure> found = Figures.inChinese(text);
    assertEquals(1, found.size(), () -> text + " → " + found);
    return found.get(0);
  }

  private static Figure onlyEnglish(String text) {
    List<Figure> found = Figures.inEnglish(text);
    assertEquals(1, found.size(), () -> text + " → " + found);
    return found.get(0);
  }

  // ---- Chinese ----

  static Stream<Arguments> chineseFigures() {
    return Stream.of(
        // Arabic digits with scale chars
        of("市场规模有望突破1.2万亿元。", 1.2e12),
        of("该公司估值达9650亿美元。", 9.65e11),
        of("本届展会吸引3.5万人参观。", 35_000),
        of("今年早些时候刚刚完成约300亿美元的新一轮融资，投后估值约3800亿美元。", 3e10, 3.8e11),
        of("全年销量达1,200万辆。", 1.2e7),
        of("公司裁员5千人。", 5_000),
        of("总投资5千万元。", 5e7),
        of("去年融资300多亿元。", 3e10),
        of("已有10余万人报名。", 1e5),
        of("１２３４５名员工", 12_345),
        // Chinese numerals
        of("全年营收达三千五百亿元。", 3.5e11),
        of("预计二〇二六年实现盈利。", 2026),
        of("一九九七年香港回归。", 1997),
        of("持续了十四天。", 14),
        of("营收一亿二千万元。", 1.2e8),
        of("共有一百零五家企业。", 105),
        of("两万五千名观众", 25_000),
        of("月薪三万五。", 35_000),
        of("增长三点五个百分点。", 3.5),
        of("投资一点二万亿元。", 1.2e12),
        of("“十四五”规划收官之年", 14, 5),
        of("二十一世纪", 21),
        of("三百多万人", 3e6),
        // percent, shares, multiples, fractions
        of("用户规模同比增长47%。", 47),
        of("渗透率达到3.5%左右。", 3.5),
        of("占比为百分之四十七。", 47),
        of("渗透率为百分之4.5。", 4.5),
        of("费率为千分之三。", 0.3),
        of("八成受访者表示支持。", 80),
        of("两成企业亏损。", 20),
        of("仅一成用户付费。", 10),
        of("七八成的企业", 70, 80),
        of("比自己聪明十倍的AI。", 10),
        of("速度提升1.5倍。", 1.5),
        of("利润增长了一倍。", 1),
        of("三分之一的受访者", 3, 100.0 / 3, 1),
        of("五分之一的用户", 5, 20, 1),
        of("支持率百分百。", 100),
        of("百分之百的信心", 100),
        of("概率为万分之五。", 0.05),
        // dates and ranges
        of("12月14日，公司发布公告。", 12, 14),
        of("2026年3月起施行。", 2026, 3),
        of("预计增长5至7个百分点。", 5, 7),
        of("增速在5-7%之间。", 5, 7),
        of("2021-2030年规划", 2021, 2030),
        of("市场规模在1至2万亿元之间。", 1e12, 2e12),
        of("投资5至7万元。", 5e4, 7e4),
        of("五至七成的用户", 50, 70),
        of("两三年内完成。", 2, 3),
        of("今年一至五月出口增长。", 1, 5),
        of("上世纪90年代", 90, 1990),
        of("八十年代初", 80, 1980),
        of("三四十万人", 3e5, 4e5),
        // bare scales, ordinals
        of("一度获得上千名科技人士联署。", 1_000),
        of("投资超千亿元。", 1e11),
        of("近万人到场。", 1e4),
        of("第一财经记者", 1),
        of("全球第3大市场", 3),
        // units that are not scales
        of("重5千克。", 5),
        of("2个百分点", 2),
        of("台积电市值达20兆元。", 2e13),
        of("100兆宽带", 100),
        of("采用3nm工艺。", 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chineseFigures")
  void readsChineseFigures(String text, double[] expected) {
    assertValues(text, Figures.inChinese(text), expected);
  }

  static Stream<Arguments> traditionalFigures() {
    return Stream.of(
        of("市場規模有望突破1.2萬億元。", 1.2e12),
        of("佔比為百分之二十。", 20),
        of("投資兩千萬元。", 2e7),
        of("營收三點五億元。", 3.5e8),
        of("估值約3800億美元。", 3.8e11),
        of("逾萬人參加。", 1e4),
        of("三百餘萬人", 3e6),
        of("台積電市值達20兆元。", 2e13),
        of("２０２６年營收成長５０％。", 2026, 50));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("traditionalFigures")
  void readsTraditionalAndFullWidth(String text, double[] expected) {
    assertValues(text, Figures.inChinese(text), expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "一些专家认为", "大家一起努力", "和去年一样", "一直在用功", "一定会成功", "一般来说", "统一大市场", "唯一的办法",
    "万一失败了", "一切停下来", "十分重要", "一度暂停", "一成不变", "四面八方", "乱七八糟", "零售业", "一家公司",
    "一一对应", "三五成群", "OpenAI发布GPT-4o。", "H3N2流感", "COVID-19疫情", "北京PM2.5浓度", "5G网络", "H20芯片",
    "四川省", "三星电子", "两岸关系", "(二)监管", "最近万科公告", "第一", "十足的信心",
    "十几个城市", "投入数十亿元", "几十万人", "二十几岁"
  })
  void skipsChineseNonQuantities(String text) {
    List<Figure> found = Figures.inChinese(text);
    // 第一 alone is an ordinal and kept; everything else here states no quantity
    assertEquals(text.equals("第一") ? 1 : 0, found.size(), () -> text + " → " + found);
  }

  @Test
  void chineseSurfacesAndOffsets() {
    String text = "營收達1.2萬億元，同比增長百分之二十，約為十倍。";
    List<Figure> found = Figures.inChinese(text);
    assertEquals(List.of("1.2萬億", "百分之二十", "十倍"), found.stream().map(Figure::surface).toList());
    assertEquals(3, found.get(0).start());
    assertEquals(8, found.get(0).end());
    assertEquals(text.indexOf("百分之"), found.get(1).start());
    assertEquals(text.indexOf("十倍") + 2, found.get(2).end());
  }

  @Test
  void chineseRangeGivesBothEndsTheirOwnSurface() {
    List<Figure> found = Figures.inChinese("市场规模在1至2万亿元之间");
    assertEquals(List.of("1", "2万亿"), found.stream().map(Figure::surface).toList());
  }

  @Test
  void approximatePairSharesItsSurface() {
    List<Figure> found = Figures.inChinese("七八成的企业");
    assertEquals(List.of("七八成", "七八成"), found.stream().map(Figure::surface).toList());
  }

  // ---- English ----

  static Stream<Arguments> englishFigures() {
    return Stream.of(
        // digits, currency, scale
        of("Anthropic raised about $30 billion at a $380 billion valuation.", 3e10, 3.8e11),
        of("The company is valued at $965 billion.", 9.65e11),
        of("Revenue may top 1.2 trillion yuan.", 1.2e12),
        of("Some 35,000 people attended.", 35_000),
        of("A fund of US$5bn was set up.", 5e9),
        of("It paid £3.5m in fines.", 3.5e6),
        of("Revenue fell to RMB12.35 million.", 1.235e7),
        of("It lost Rmb5bn.", 5e9),
        of("A USD 5 billion fund.", 5e9),
        of("Salaries start at $50K.", 5e4),
        of("Exports reached €2 bn.", 2e9),
        of("A $1.2-trillion plan.", 1.2e12),
        of("Capacity of 1,935,300 units", 1_935_300),
        of("Output rose to 1.9 million tonnes.", 1.9e6),
        of("Over 1,000+ researchers signed.", 1_000),
        // percent
        of("Users grew 47% year on year.", 47),
        of("Users grew 47 percent.", 47),
        of("Users grew 47 per cent.", 47),
        of("Rates rose 0.5 percentage points.", 0.5),
        of("Inflation hit 3.5 %.", 3.5),
        // multiples
        of("An AI ten times smarter than itself.", 10),
        of("Output grew tenfold.", 10),
        of("Output grew ten-fold.", 10),
        of("Robots assemble cars 3 times faster.", 3),
        of("Demand rose threefold.", 3),
        of("A 10x improvement.", 10),
        of("A hundredfold rise, not a manifold one.", 100),
        of("A 3.5-fold rise.", 3.5),
        of("Prices rose 10-fold.", 10),
        // spelled with a scale, percent, times or fold
        of("The app has two million users.", 2e6),
        of("Nearly a million people left.", 1e6),
        of("Twenty percent of firms lost money.", 20),
        of("Twenty-five percent of firms lost money.", 25),
        of("One hundred and twenty million people voted.", 1.2e8),
        of("Two hundred workers were laid off.", 200),
        // ordinals, years, dates, decades
        of("The 21st century belongs to Asia.", 21),
        of("It is the world's 2nd largest market.", 2),
        of("Profit is expected in 2026.", 2026),
        of("On December 14, 2026, the firm announced it.", 14, 2026),
        of("Since the 1990s, output has grown.", 1990),
        of("By mid-2025 the rules apply.", 2025),
        // ranges
        of("Growth of 5-7% is expected.", 5, 7),
        of("The 2021–2030 plan.", 2021, 2030),
        of("It costs $1-2 billion.", 1e9, 2e9),
        of("Between 5 and 7 million people moved.", 5e6, 7e6),
        of("From 1 to 2 trillion yuan.", 1e12, 2e12),
        of("Up 3% to $2 billion.", 3, 2e9),
        // names and versions with digits sit beside real figures
        of("Claude 3.5 was released.", 3.5),
        of("GPT-4o costs $20 a month.", 20));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("englishFigures")
  void readsEnglishFigures(String text, double[] expected) {
    assertValues(text, Figures.inEnglish(text), expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "After COVID-19, tourism recovered.", "OpenAI released GPT-4o.", "The H3N2 flu dominated.",
    "China's Chang'e-6 probe returned.", "PM2.5 levels fell.", "5G coverage expanded.", "Three schools joined.",
    "One of the authors left.", "A new plan was announced.", "They met at 3:30 pm.", "Alibaba's Qwen2.5 model",
    "The F-35 program", "A 4K display", "A 7B model", "(1) Timing is coincidental", "The G20 summit",
    "Five-Year Plan goals", "Two sessions"
  })
  void skipsEnglishNonQuantities(String text) {
    assertValues(text, Figures.inEnglish(text));
  }

  @Test
  void englishSurfacesAndOffsets() {
    String text = "It raised $965 billion, or 47 percent more, with ten times the staff.";
    List<Figure> found = Figures.inEnglish(text);
    assertEquals(List.of("$965 billion", "47 percent", "ten times"), found.stream().map(Figure::surface).toList());
    assertEquals(10, found.get(0).start());
    assertEquals(22, found.get(0).end());
    assertEquals(text.indexOf("47"), found.get(1).start());
  }

  @Test
  void currencyCodeIsPartOfTheSurface() {
    assertEquals("US$5bn", onlyEnglish("A fund of US$5bn.").surface());
    assertEquals("HK$3.2 billion", onlyEnglish("It raised HK$3.2 billion.").surface());
  }

  // ---- precision and hedges ----

  @ParameterizedTest(name = "{0} ± {1}")
  @CsvSource({
    "26%, 0.5",
    "25.8%, 0.05",
    "1.9 million, 50000",
    "$965 billion, 5e8",
    "'35,000', 500",
    "2026, 0.5",
    "about 30%, 2",
    "approx. 30%, 2",
    "~30%, 2",
    "nearly $300 billion, 2e10",
    "around 2030, 0.5",
    "two million, 5e5",
  })
  void toleranceFollowsPrecisionAndHedges(String text, double tolerance) {
    assertEquals(tolerance, onlyEnglish(text).tolerance(), tolerance * 1e-9);
  }

  @ParameterizedTest(name = "{0} ± {1}")
  @CsvSource({
    "25.8%, 0.05",
    "1.2万亿, 5e10",
    "三万五, 500",
    "三千, 50",
    "十倍, 0.5",
    "二〇二六年, 0.5",
    "约3800亿美元, 25333333333.333332",
    "3800亿美元左右, 25333333333.333332",
    "最近3个月, 0.5",
  })
  void chineseToleranceFollowsTheSamePrecisionAndHedges(String text, double tolerance) {
    assertEquals(tolerance, onlyChinese(text).tolerance(), tolerance * 1e-9);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "about", "around", "nearly", "almost", "roughly", "approximately", "over", "more than", "less than", "under",
    "up to", "at least", "some", "close to"
  })
  void hedgeWordsWidenTheMatch(String hedge) {
    Figure point = onlyEnglish("Sales grew " + hedge + " 32% last year.");
    assertEquals(32 / 15.0, point.tolerance(), 1e-9);
    assertTrue(Figures.sameFigure(point, onlyChinese("销售额增长了30%。")));
    assertFalse(Figures.sameFigure(point, onlyChinese("销售额增长了29%。")));
  }

  // ---- matching ----

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
    // equal after normalization
    "'$965 billion', 9650亿美元, true",
    "'1.2 trillion yuan', 1.2万亿元, true",
    "'1.2 trillion yuan', 1.2萬億元, true",
    "'35,000 people', 3.5万人, true",
    "'tenfold', 十倍, true",
    "'ten times smarter', 十倍, true",
    "'80% of firms', 八成企业, true",
    "'47 percent', 百分之四十七, true",
    "'20%', 百分之二十, true",
    "'in 2026', 二〇二六年, true",
    "'the 21st century', 二十一世纪, true",
    "'$380 billion', 约3800亿美元, true",
    "'two million users', 两百万用户, true",
    // rounded to the precision the point writes
    "'26%', 25.8%, true",
    "'1.9 million', 193.53万, true",
    "'1.9 million', '1,935,300人', true",
    "'$0.97 trillion', 9650亿美元, true",
    "'35,000', 3.48万, true",
    // hedged: within a fifteenth
    "'about 32%', 30%, true",
    "'about 600,000', 58万, true",
    "'nearly $300 billion', 2800亿美元, true",
    "'more than 1,000', 上千名, true",
    "'up to 7%', 6.5%, true",
    // altered figures
    "'35%', 30%, false",
    "'28.5%', 25.8%, false",
    "'1.5 trillion', 1.2万亿, false",
    "'about 35%', 30%, false",
    "'about 600,000', 65万, false",
    "'$300 billion', 2800亿美元, false",
    "'2026', 2025年, false",
    "'around 2030', 2027年, false",
    "'35,000', 3万, false",
    "'70%', 八成, false",
    "'threefold', 十倍, false",
    "'5%', 0.5%, false",
    "'26.0%', 25.8%, false",
  })
  void matchesHonestRoundingAndCatchesAlteredFigures(String point, String article, boolean same) {
    assertEquals(same, Figures.sameFigure(onlyEnglish(point), onlyChinese(article)), point + " vs " + article);
  }

  @Test
  void fractionMatchesItsPercentageAndItsParts() {
    List<Figure> article = Figures.inChinese("五分之一的用户");
    for (String point : List.of("20% of users", "1 in 5 users")) {
      for (Figure f : Figures.inEnglish(point)) {
        assertTrue(article.stream().anyMatch(a -> Figures.sameFigure(f, a)), f + " in " + article);
      }
    }
    assertTrue(Figures.sameFigure(onlyEnglish("33%"), Figures.inChinese("三分之一").get(1)));
  }

  @Test
  void decadesMatchEitherWay() {
    List<Figure> article = Figures.inChinese("上世纪90年代");
    assertTrue(article.stream().anyMatch(a -> Figures.sameFigure(onlyEnglish("the 1990s"), a)));
  }

  @Test
  void matchingIsDecidedByThePointsPrecision() {
    Figure precise = onlyEnglish("25.8%");
    Figure rounded = onlyChinese("26%");
    assertTrue(Figures.sameFigure(onlyEnglish("26%"), onlyChinese("25.8%")));
    assertFalse(Figures.sameFigure(precise, rounded)); // the point claims a precision the article lacks
  }

  @Test
  void digestSentenceAgainstItsParagraph() {
    String paragraph = "Anthropic今年早些时候刚刚完成约300亿美元的新一轮融资，投后估值约3800亿美元，目前正在筹备上市。";
    String point = "Anthropic raised about $30 billion earlier this year at a valuation of about $380 billion.";
    List<Figure> article = Figures.inChinese(paragraph);
    for (Figure f : Figures.inEnglish(point)) {
      assertTrue(article.stream().anyMatch(a -> Figures.sameFigure(f, a)), f + " in " + article);
    }
    String altered = "Anthropic raised $35 billion at a valuation of $380 billion.";
    long unmatched = Figures.inEnglish(altered).stream()
        .filter(f -> article.stream().noneMatch(a -> Figures.sameFigure(f, a)))
        .count();
    assertEquals(1, unmatched);
  }

  // ---- robustness and speed ----

  @Test
  void absurdInputNeitherOverflowsNorThrows() {
    String ones = "一".repeat(5_000);
    String digits = "9".repeat(5_000);
    String scales = "1" + "亿".repeat(100);
    assertTrue(Figures.inChinese(ones + digits + scales).stream().allMatch(f -> Double.isFinite(f.value())));
    String spelled = "one ".repeat(5_000) + "one" + " hundred".repeat(400) + " people";
    assertTrue(Figures.inEnglish(digits + " " + spelled).stream().allMatch(f -> Double.isFinite(f.value())));
  }

  @Test
  void scansInLinearTime() {
    String zh = "该公司估值达9650亿美元，同比增长百分之四十七，八成用户来自一二线城市，比去年高出十倍。"
        + "GPT-4o与H3N2、COVID-19无关；2021-2030年规划投资1至2万亿元。";
    String en = "Anthropic raised about $30 billion at a $380 billion valuation, up 47% and ten times more "
        + "than the 2021–2030 plan; COVID-19 and GPT-4o aside, some 35,000 people took part. ";
    String bigZh = zh.repeat(20_000);
    String bigEn = en.repeat(20_000);
    List<Figure> warm = Figures.inChinese(zh);
    assertEquals(warm.size() * 20_000, assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Figures.inChinese(bigZh)).size());
    int perEn = Figures.inEnglish(en).size();
    assertEquals(perEn * 20_000, assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Figures.inEnglish(bigEn)).size());
  }

  @Test
  void figureRejectsInconsistentOffsets() {
    assertThrows(IllegalArgumentException.class, () -> new Figure(1, 0, "1", 0, 2));
    assertThrows(IllegalArgumentException.class, () -> new Figure(Double.NaN, 0, "1", 0, 1));
  }

  @Test
  void emptyTextHasNoFigures() {
    assertEquals(List.of(), Figures.inChinese(""));
    assertEquals(List.of(), Figures.inEnglish(""));
    assertTrue(Arrays.stream(new String[] {"。", " ", "——"}).allMatch(t -> Figures.inChinese(t).isEmpty()));
  }
}
