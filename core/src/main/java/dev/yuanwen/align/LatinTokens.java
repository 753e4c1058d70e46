package dev.yuanwen.align;

import java.util.Map;
import java.util.Set;

/**
 * What both figure scanners need to know about Latin script: alphanumeric names to step over
 * (COVID-19, GPT-4o, H3N2, PM2.5, 5G) and the suffixes glued to digits that keep them a figure
 * ($5bn, 21st, 10x, 3nm). Chinese articles quote the same names and units, so both sides must
 * treat them alike.
 */
final class LatinTokens {
  /** Glued scales that need a currency sign to be read as such: $5M, but 7B is a model size. */
  private static final Map<String, Double> CURRENCY_SCALES = Map.of("K", 1e3, "M", 1e6, "B", 1e9, "b", 1e9);

  private static final Map<String, Double> SCALES = Map.of(
      "k", 1e3, "m", 1e6, "mn", 1e6, "mln", 1e6, "bn", 1e9, "bln", 1e9, "tn", 1e12, "trn", 1e12);

  /** Suffixes that leave the number as it is: ordinals, decades, multiples, percent, units. */
  private static final Set<String> PLAIN = Set.of(
      "st", "nd", "rd", "th", "s", "x", "pc", "pct", "pp", "bp", "bps",
      "nm", "mm", "cm", "km", "kg", "mg", "g", "ml", "mph", "kph",
      "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "MB", "GB", "TB");

  private LatinTokens() {}

  /**
   * What the letters glued after digits do to the number: a scale (1e9 for bn), 1 for a suffix that
   * keeps it as it is (21st, 1990s, 10x, 3nm), 0 when digits and letters make a name (5G, 3D, 4K).
   */
  static double gluedMultiplier(String suffix, boolean currency) {
    Double scale = SCALES.get(suffix);
    if (scale == null && currency) {
      scale = CURRENCY_SCALES.get(suffix);
    }
    if (scale != null) {
      return scale;
    }
    return PLAIN.contains(suffix) ? 1 : 0;
  }

  /**
   * The end of the alphanumeric run starting at {@code start}: letters and digits, joined by
   * {@code - . ' ’ _ / + & :} between two of them (Chang'e-6, GPT-4o, 24/7, 3:30).
   */
  static int skipRun(CharSequence s, int start) {
    int n = s.length();
    int j = start;
    while (true) {
      while (j < n && isAlnum(s.charAt(j))) {
        j++;
      }
      if (j + 1 < n && j > start && isJoiner(s.charAt(j)) && isAlnum(s.charAt(j + 1))) {
        j++;
        continue;
      }
      return Math.max(j, start + 1);
    }
  }

  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAlnum(char c) {
    return isLetter(c) || ArabicNumber.isDigit(c);
  }

  static boolean isJoiner(char c) {
    switch (c) {
      case '-': case '‑': case '.': case '\'': case '’': case '_': case '/': case '+': case '&': case ':':
        return true;
      default:
        return false;
    }
  }

  /** The index just past the ASCII letters starting at {@code start}. */
  static int lettersEnd(CharSequence s, int start) {
    int j = start;
    while (j < s.length() && isLetter(s.charAt(j))) {
      j++;
    }
    return j;
  }
}
