package dev.yuanwen.align;

import java.util.Objects;

/**
 * A figure found in a text: its value after normalization and how precisely it was written. Units
 * are not kept: 9650亿美元 and $965 billion are both 9.65e11, 47% and 百分之四十七 both 47.
 *
 * @param value the quantity: 1.2万亿 = 1.2e12, 八成 = 80, 十倍 = 10, 二〇二六年 = 2026, 21st = 21
 * @param tolerance how far another value may lie from {@code value} and still be this figure as
 *     written: half the unit of the last digit written (26% → 0.5, 1.9 million → 50,000, 35,000 →
 *     500), or a fifteenth of the value when the text hedges it ("about 30%" → 2); years stay exact
 * @param surface the figure as written, with its currency sign, scale word, percent sign or
 *     multiplier ({@code "$965 billion"}, {@code "1.2萬億"}, {@code "百分之二十"})
 * @param start offset of the surface in the text it was found in
 * @param end offset just past the surface
 */
public record Figure(double value, double tolerance, String surface, int start, int end) {

  public Figure {
    Objects.requireNonNull(surface, "surface");
    if (!Double.isFinite(value) || !(tolerance >= 0) || start < 0 || end - start != surface.length()) {
      throw new IllegalArgumentException(
          "inconsistent figure: " + value + " ±" + tolerance + " '" + surface + "' at " + start + "-" + end);
    }
  }

  /**
   * The figure {@code text[start, end)} stating {@code value}, its last written digit worth {@code
   * unit}; {@code hedged} when the text says about, nearly, 约, 左右 and the like.
   */
  /** A hedged figure ("about 600,000") stands for values within a fifteenth of it: 650,000 is not it. */
  private static final double HEDGE_SHARE = 15;

  static Figure written(String text, int start, int end, double value, double unit, boolean hedged) {
    double tolerance = hedged ? Math.max(unit / 2, Math.abs(value) / HEDGE_SHARE) : unit / 2;
    return new Figure(value, tolerance, text.substring(start, end), start, end);
  }
}
