package dev.yuanwen.align;

import java.util.List;

/**
 * The figures of a text and when two of them agree. The aligner flags a digest point whose figure
 * none of its source paragraphs states ({@link Flag#NUMBER_NOT_IN_SOURCE}) and counts shared
 * figures as evidence, so matching must catch an altered figure (30% → 35%, 25.8% → 28.5%) while
 * letting honest rounding through (25.8% → 26%, 1,935,300 → 1.9 million).
 *
 * <p>Public for the search, which reads a query's figures the same way ({@link #inChinese},
 * {@link #inEnglish}) to find them however a text writes them; the rest stays the aligner's.
 */
public final class Figures {
  /** Floating-point slack, relative: 9650亿 and $965 billion are computed along different paths. */
  private static final double EPSILON = 1e-9;

  private Figures() {}

  /**
   * The figures of a Chinese text, simplified or traditional, in text order: 1.2万亿 (1.2萬億),
   * 三千五百亿, 百分之四十七, 八成, 十倍, 二〇二六年, 12月14日 (12 and 14), 5至7 (5 and 7).
   */
  public static List<Figure> inChinese(String text) {
    return ChineseFigures.find(text);
  }

  /**
   * The figures of an English text, in text order: $965 billion, 35,000, 47 percent, tenfold, two
   * million, 21st, 2026, 5-7% (5 and 7). Names with digits (COVID-19, GPT-4o) and bare spelled
   * numbers ("three schools") are not figures.
   */
  public static List<Figure> inEnglish(String text) {
    return EnglishFigures.find(text);
  }

  /**
   * Whether {@code fromArticle} supports {@code fromPoint}: the article value rounds to the point's
   * as the point writes it (25.8 → "26%", 9650亿 → "$965 billion"), or lies within a fifteenth of it
   * when the point hedges ("about 32%" for 30%). Only values are compared, not units. Not
   * symmetric: the point's precision decides.
   */
  static boolean sameFigure(Figure fromPoint, Figure fromArticle) {
    double p = fromPoint.value();
    double a = fromArticle.value();
    return Math.abs(p - a) <= fromPoint.tolerance() + EPSILON * Math.max(Math.abs(p), Math.abs(a));
  }
}
